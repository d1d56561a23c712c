import { useEffect, useState } from 'preact/hooks';

/** Whether a voice speaks the language `lang` ('uk'): 'uk-UA', 'uk_UA' and 'uk' all do. */
function speaksLanguage(voice: SpeechSynthesisVoice, lang: string): boolean {
  return voice.lang.toLowerCase().replace('_', '-').split('-')[0] === lang;
}

/**
 * The device's voices for a language: none where there is no speech synthesis, and none until
 * the browser has loaded its list (Chrome fills it after voiceschanged). Read in an effect, so
 * the server renders the same empty list.
 */
export function useVoices(lang: string): SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>([]);
  useEffect(() => {
    const synth = typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
    if (!synth) return;
    const update = () =>
      setVoices(synth.getVoices().filter((voice) => speaksLanguage(voice, lang)));
    update();
    synth.addEventListener('voiceschanged', update);
    return () => synth.removeEventListener('voiceschanged', update);
  }, [lang]);
  return voices;
}
