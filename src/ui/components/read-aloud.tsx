import { useQuery } from '@tanstack/preact-query';
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { contentLanguage } from '#city/contentLanguage';
import { DEFAULT_READ_ALOUD } from '../../core/read-aloud';
import { readAloudQuery } from '../../data/read-aloud';
import { createArticleReader, type ArticleReader, type ReadingState } from '../article-reader';
import { useMessages } from '../hooks/use-messages';
import { useScreenMessages } from '../hooks/use-screen-messages';
import { useVoices } from '../hooks/use-voices';
import { PauseIcon, PlayIcon, SpeakerIcon, StopIcon } from './more-icons';

// The title, then the body's blocks; the event, the documents and the buttons are not read.
const BLOCKS =
  '.article__title, .article-body :is(p, li, h2, h3, h4, h5, h6, blockquote, figcaption, th, td)';
const READING = 'is-read-aloud';

/** What to read, in order: each block once (a paragraph inside a list item is read with it). */
function listReadableBlocks(root: HTMLElement): HTMLElement[] {
  const all = [...root.querySelectorAll<HTMLElement>(BLOCKS)];
  return all.filter(
    (block) =>
      block.textContent?.trim() && !all.some((other) => other !== block && other.contains(block)),
  );
}

function isMotionReduced(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/**
 * «Прослухати»: reads the article's title and body with the device's speech synthesis, in the
 * articles' language, with the voice and speed of the settings. Only where the device has a voice
 * for that language: otherwise there is no button at all, never one that stays silent. While it
 * reads, the paragraph is highlighted and kept in view, and a bar holds pause, resume and stop.
 */
export function ReadAloud({ root, title }: { root: RefObject<HTMLElement>; title: string }) {
  const t = useMessages();
  const s = useScreenMessages();
  const voices = useVoices(contentLanguage);
  const settings = useQuery(readAloudQuery()).data ?? DEFAULT_READ_ALOUD;
  const [state, setState] = useState<ReadingState>('idle');
  const reader = useRef<ArticleReader | null>(null);
  const marked = useRef<HTMLElement | null>(null);
  const bar = useRef<HTMLDivElement>(null);

  const mark = (block: HTMLElement | null) => {
    marked.current?.classList.remove(READING);
    marked.current = block;
    if (!block) return;
    block.classList.add(READING);
    block.scrollIntoView({ block: 'center', behavior: isMotionReduced() ? 'auto' : 'smooth' });
  };

  // Leaving the article ends its reading; a locked screen does not (where the platform lets it).
  useEffect(() => () => reader.current?.stop(), []);

  // The lock screen's and headset's controls, where the platform shows them for speech.
  useEffect(() => {
    const session = typeof navigator === 'undefined' ? undefined : navigator.mediaSession;
    if (!session || state === 'idle') return;
    session.metadata = new MediaMetadata({ title, artist: t.cityCouncil, album: t.appName });
    session.playbackState = state === 'reading' ? 'playing' : 'paused';
    session.setActionHandler('pause', () => reader.current?.pause());
    session.setActionHandler('play', () => reader.current?.resume());
    session.setActionHandler('stop', () => reader.current?.stop());
    return () => {
      session.playbackState = 'none';
      for (const action of ['pause', 'play', 'stop'] as const)
        session.setActionHandler(action, null);
    };
  }, [state, title, t.cityCouncil, t.appName]);

  // «Прослухати» gives way to the bar: the focus goes with it, to «Пауза».
  const isActive = state !== 'idle';
  useEffect(() => {
    if (isActive) bar.current?.querySelector('button')?.focus();
  }, [isActive]);

  if (voices.length === 0) return null;

  const start = () => {
    if (!root.current) return;
    const blocks = listReadableBlocks(root.current);
    const voice =
      voices.find((candidate) => candidate.voiceURI === settings.voice) ??
      voices.find((candidate) => candidate.default) ??
      voices[0]!;
    reader.current?.stop();
    reader.current = createArticleReader(
      blocks.map((block) => block.textContent ?? ''),
      {
        engine: speechSynthesis,
        createUtterance: (text) => new SpeechSynthesisUtterance(text),
        voice,
        lang: voice.lang,
        rate: settings.rate,
        onBlock: (index) => mark(index === null ? null : (blocks[index] ?? null)),
        onState: setState,
      },
    );
    reader.current.start();
  };

  if (state === 'idle') {
    return (
      <button type="button" class="button read-aloud" onClick={start}>
        <SpeakerIcon />
        {s.listen}
      </button>
    );
  }
  return (
    <div ref={bar} class="read-aloud-bar" role="region" aria-label={s.readingAloud}>
      {state === 'reading' ? (
        <button type="button" class="button" onClick={() => reader.current?.pause()}>
          <PauseIcon />
          {s.pauseReading}
        </button>
      ) : (
        <button type="button" class="button" onClick={() => reader.current?.resume()}>
          <PlayIcon />
          {s.resumeReading}
        </button>
      )}
      <button type="button" class="button" onClick={() => reader.current?.stop()}>
        <StopIcon />
        {s.stopReading}
      </button>
    </div>
  );
}
