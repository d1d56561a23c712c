import { describe, expect, it, vi } from 'vitest';
import {
  createArticleReader,
  type ArticleReaderOptions,
  type ReadingState,
} from '../../../src/ui/article-reader';

/** An utterance as the stub engine keeps it: what it says and how, and its handlers. */
type StubUtterance = SpeechSynthesisUtterance & { text: string };

/** A speech engine that records what it is asked to say; the test ends each utterance. */
function createStubEngine() {
  const spoken: StubUtterance[] = [];
  return {
    spoken,
    speak: vi.fn((utterance: SpeechSynthesisUtterance) => spoken.push(utterance as StubUtterance)),
    cancel: vi.fn(),
    /** The last utterance says its last word. */
    finish() {
      spoken.at(-1)!.onend?.(new Event('end') as SpeechSynthesisEvent);
    },
  };
}

const VOICE = { name: 'Lesya', lang: 'uk-UA', voiceURI: 'lesya' } as SpeechSynthesisVoice;
const BLOCKS = ['Засідання сесії', 'Перший абзац.', 'Другий абзац.'];

function setUp(options: Partial<ArticleReaderOptions> = {}) {
  const engine = createStubEngine();
  const blocks: (number | null)[] = [];
  const states: ReadingState[] = [];
  const reader = createArticleReader(BLOCKS, {
    engine,
    createUtterance: (text) => ({ text }) as StubUtterance,
    voice: VOICE,
    lang: 'uk-UA',
    rate: 1.25,
    onBlock: (index) => blocks.push(index),
    onState: (state) => states.push(state),
    ...options,
  });
  return { engine, reader, blocks, states };
}

describe('the article reader', () => {
  it('reads the title, then each paragraph, in Ukrainian, with the chosen voice and speed', () => {
    const { engine, reader, blocks, states } = setUp();
    reader.start();
    engine.finish();
    engine.finish();
    expect(engine.spoken.map((u) => u.text)).toEqual(BLOCKS);
    expect(engine.spoken.every((u) => u.lang === 'uk-UA' && u.rate === 1.25)).toBe(true);
    expect(engine.spoken.every((u) => u.voice === VOICE)).toBe(true);
    expect(blocks).toEqual([0, 1, 2]);
    engine.finish();
    expect(blocks.at(-1)).toBeNull();
    expect(states).toEqual(['reading', 'idle']);
  });

  it('leaves the voice to the device when none is chosen', () => {
    const { engine, reader } = setUp({ voice: null });
    reader.start();
    expect(engine.spoken[0]!.voice).toBeUndefined();
    expect(engine.spoken[0]!.lang).toBe('uk-UA');
  });

  it('pauses by cancelling, and resumes with the paragraph it was reading', () => {
    const { engine, reader, states } = setUp();
    reader.start();
    engine.finish();
    reader.pause();
    expect(engine.cancel).toHaveBeenCalledTimes(2);
    // The cancelled utterance's late end must not move the reading on.
    engine.finish();
    expect(engine.spoken).toHaveLength(2);
    reader.resume();
    expect(engine.spoken.map((u) => u.text)).toEqual([BLOCKS[0], BLOCKS[1], BLOCKS[1]]);
    expect(states).toEqual(['reading', 'paused', 'reading']);
  });

  it('stops: nothing more is said and nothing stays highlighted', () => {
    const { engine, reader, blocks, states } = setUp();
    reader.start();
    reader.stop();
    engine.finish();
    expect(engine.spoken).toHaveLength(1);
    expect(blocks).toEqual([0, null]);
    expect(states.at(-1)).toBe('idle');
  });

  it('ends the reading when the engine fails, rather than trying the next paragraph', () => {
    const { engine, reader, states } = setUp();
    reader.start();
    engine.spoken[0]!.onerror?.({ error: 'synthesis-failed' } as SpeechSynthesisErrorEvent);
    expect(engine.spoken).toHaveLength(1);
    expect(states.at(-1)).toBe('idle');
  });

  it('reads a long paragraph in pieces, highlighting it once', () => {
    const long = Array.from({ length: 12 }, (_, i) => `Речення номер ${i + 1} про засідання.`).join(
      ' ',
    );
    const engine = createStubEngine();
    const blocks: (number | null)[] = [];
    const reader = createArticleReader([long], {
      engine,
      createUtterance: (text) => ({ text }) as StubUtterance,
      voice: null,
      lang: 'uk-UA',
      rate: 1,
      onBlock: (index) => blocks.push(index),
      onState: () => {},
    });
    reader.start();
    for (let i = 0; i < 5; i++) engine.finish();
    expect(engine.spoken.length).toBeGreaterThan(1);
    expect(engine.spoken.every((u) => u.text.length <= 220)).toBe(true);
    expect(engine.spoken.map((u) => u.text).join(' ')).toBe(long);
    expect(blocks).toEqual([0, null]);
  });
});
