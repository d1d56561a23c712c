import { splitForSpeech } from '../core/read-aloud';

/** What the reader needs of the Web Speech API: the window's, or a test's stub. */
export interface SpeechEngine {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
}

/** Where a reading is. */
export type ReadingState = 'idle' | 'reading' | 'paused';

/** How to read: engine, voice, language and rate, and whom to tell what is being read. */
export interface ArticleReaderOptions {
  engine: SpeechEngine;
  createUtterance: (text: string) => SpeechSynthesisUtterance;
  /** null: the device's default voice for `lang`. */
  voice: SpeechSynthesisVoice | null;
  lang: string;
  rate: number;
  /** The block now read (its index in the blocks given), or null once the reading ends. */
  onBlock: (index: number | null) => void;
  onState: (state: ReadingState) => void;
}

/** A reading of an article: start, pause, resume, stop. */
export interface ArticleReader {
  start(): void;
  pause(): void;
  resume(): void;
  stop(): void;
}

/**
 * Reads blocks of text (the title, then each paragraph) one utterance at a time, each block in
 * pieces an engine reads whole. Pausing cancels the piece being read and resuming reads it again
 * from its start: speechSynthesis.pause() stops for good on Android, so no engine is asked to.
 */
export function createArticleReader(
  blocks: string[],
  options: ArticleReaderOptions,
): ArticleReader {
  const { engine } = options;
  const pieces = blocks.flatMap((text, block) =>
    splitForSpeech(text).map((piece) => ({ text: piece, block })),
  );
  let at = 0;
  // Each speak() gets a number: the events of a cancelled utterance come late and are ignored.
  let run = 0;

  const setState = (state: ReadingState) => options.onState(state);
  const finish = () => {
    run++;
    at = 0;
    options.onBlock(null);
    setState('idle');
  };
  const speakFrom = (index: number) => {
    const current = ++run;
    at = index;
    const piece = pieces[index];
    if (!piece) {
      finish();
      return;
    }
    const utterance = options.createUtterance(piece.text);
    utterance.lang = options.lang;
    utterance.rate = options.rate;
    if (options.voice) utterance.voice = options.voice;
    utterance.onend = () => {
      if (current === run) speakFrom(index + 1);
    };
    utterance.onerror = (event) => {
      // A cancel is ours (pause, stop); any other error ends the reading rather than looping.
      if (current === run && event.error !== 'interrupted' && event.error !== 'canceled') {
        finish();
      }
    };
    if (index === 0 || pieces[index - 1]!.block !== piece.block) options.onBlock(piece.block);
    engine.speak(utterance);
  };

  return {
    start() {
      engine.cancel();
      setState('reading');
      speakFrom(0);
    },
    pause() {
      run++;
      engine.cancel();
      setState('paused');
    },
    resume() {
      setState('reading');
      speakFrom(at);
    },
    stop() {
      engine.cancel();
      finish();
    },
  };
}
