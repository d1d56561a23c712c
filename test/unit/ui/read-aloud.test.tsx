// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/preact-query';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useRef } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readAloudQuery } from '../../../src/data/read-aloud';
import { ReadAloud } from '../../../src/ui/components/read-aloud';

/** A voice as speechSynthesis lists it. */
function voice(name: string, lang: string, isDefault = false): SpeechSynthesisVoice {
  return { name, lang, voiceURI: `urn:${name}`, default: isDefault, localService: true };
}

/** The stub the page's speechSynthesis becomes: a voices list, and what it is asked to say. */
function stubSpeech(voices: SpeechSynthesisVoice[]) {
  const spoken: SpeechSynthesisUtterance[] = [];
  const listeners = new Set<() => void>();
  const synth = {
    getVoices: () => voices,
    speak: vi.fn((utterance: SpeechSynthesisUtterance) => spoken.push(utterance)),
    cancel: vi.fn(),
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  };
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      lang = '';
      rate = 1;
      voice: SpeechSynthesisVoice | null = null;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(public text: string) {}
    },
  );
  return {
    synth,
    spoken,
    /** The voices arrive late, as Chrome lists them after voiceschanged. */
    setVoices(next: SpeechSynthesisVoice[]) {
      voices = next;
      listeners.forEach((listener) => listener());
    },
    finish() {
      (spoken.at(-1)!.onend as () => void)();
    },
  };
}

function Article() {
  const root = useRef<HTMLElement>(null);
  return (
    <article ref={root}>
      <h1 class="article__title">Засідання виконкому</h1>
      <div class="article-body">
        <p>Перший абзац.</p>
        <ul>
          <li>
            <p>Пункт порядку денного.</p>
          </li>
        </ul>
      </div>
      <section class="documents">
        <p>Документи не читаються.</p>
      </section>
      <ReadAloud root={root} title="Засідання виконкому" />
    </article>
  );
}

let container: HTMLElement;
let client: QueryClient;

function show(): void {
  act(() =>
    render(
      <QueryClientProvider client={client}>
        <Article />
      </QueryClientProvider>,
      container,
    ),
  );
}

const button = (name: string) =>
  [...container.querySelectorAll('button')].find((b) => b.textContent === name);

beforeEach(() => {
  client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  client.setQueryData(readAloudQuery().queryKey, { voice: 'urn:Dmytro', rate: 1.5 });
  Element.prototype.scrollIntoView = vi.fn();
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  act(() => render(null, container));
  container.remove();
  vi.unstubAllGlobals();
});

describe('«Прослухати»', () => {
  it('is absent where the device has no Ukrainian voice', () => {
    stubSpeech([voice('Samantha', 'en-US', true), voice('Milena', 'ru-RU')]);
    show();
    expect(container.querySelector('button')).toBeNull();
  });

  it('is absent where there is no speech synthesis at all', () => {
    show();
    expect(container.querySelector('button')).toBeNull();
  });

  it('appears once the browser lists a Ukrainian voice', () => {
    const speech = stubSpeech([]);
    show();
    expect(button('Прослухати')).toBeUndefined();
    act(() => speech.setVoices([voice('Lesya', 'uk_UA')]));
    expect(button('Прослухати')).toBeDefined();
  });

  it('reads the title and the body with the chosen voice and speed, highlighting each block', () => {
    const speech = stubSpeech([voice('Lesya', 'uk-UA', true), voice('Dmytro', 'uk-UA')]);
    show();
    act(() => button('Прослухати')!.click());
    expect(speech.spoken[0]).toMatchObject({
      text: 'Засідання виконкому',
      lang: 'uk-UA',
      rate: 1.5,
    });
    expect(speech.spoken[0]!.voice?.name).toBe('Dmytro');
    expect(container.querySelector('h1')!.classList.contains('is-read-aloud')).toBe(true);
    act(() => speech.finish());
    act(() => speech.finish());
    expect(speech.spoken.map((u) => u.text)).toEqual([
      'Засідання виконкому',
      'Перший абзац.',
      'Пункт порядку денного.',
    ]);
    const read = container.querySelector('.is-read-aloud')!;
    expect(read.tagName).toBe('LI');
    expect(read.scrollIntoView).toHaveBeenCalled();
    expect(container.querySelectorAll('.is-read-aloud')).toHaveLength(1);
  });

  it('pauses, resumes the same paragraph and stops from its bar', () => {
    const speech = stubSpeech([voice('Lesya', 'uk-UA')]);
    show();
    act(() => button('Прослухати')!.click());
    act(() => speech.finish());
    const bar = container.querySelector('[role="region"]')!;
    expect(bar.getAttribute('aria-label')).toBe('Читання вголос');
    expect(document.activeElement).toBe(button('Пауза'));
    act(() => button('Пауза')!.click());
    expect(speech.synth.cancel).toHaveBeenCalledTimes(2);
    act(() => button('Продовжити')!.click());
    expect(speech.spoken.map((u) => u.text).slice(-2)).toEqual(['Перший абзац.', 'Перший абзац.']);
    act(() => button('Зупинити')!.click());
    expect(container.querySelector('.is-read-aloud')).toBeNull();
    expect(button('Прослухати')).toBeDefined();
  });

  it('stops reading when the article is left', () => {
    const speech = stubSpeech([voice('Lesya', 'uk-UA')]);
    show();
    act(() => button('Прослухати')!.click());
    act(() => render(null, container));
    expect(speech.synth.cancel).toHaveBeenCalledTimes(2);
  });
});
