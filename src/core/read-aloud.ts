/** How the resident has articles read aloud: which voice (its voiceURI; null: the device's) and how fast. */
export interface ReadAloudSettings {
  voice: string | null;
  rate: number;
}

/** The speeds the settings offer, as speech synthesis rates (1 is the voice's own). */
export const READ_ALOUD_RATES = [0.75, 1, 1.25, 1.5] as const;

/** The settings-store key of the read-aloud settings. */
export const READ_ALOUD_KEY = 'read-aloud';

/** What a fresh install reads with. */
export const DEFAULT_READ_ALOUD: ReadAloudSettings = { voice: null, rate: 1 };

/** The stored settings, each field that is missing or invalid falling back to its default. */
export function parseReadAloud(value: unknown): ReadAloudSettings {
  const stored = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >;
  return {
    voice: typeof stored.voice === 'string' && stored.voice !== '' ? stored.voice : null,
    rate: READ_ALOUD_RATES.includes(stored.rate as never) ? (stored.rate as number) : 1,
  };
}

// A long utterance is cut off by some engines after about 15 s; a sentence or two never is.
const MAX_CHUNK = 220;

/**
 * A text in pieces that speech synthesis reads whole: sentences, joined up to MAX_CHUNK
 * characters; a longer sentence is cut at its commas, else its spaces.
 */
export function splitForSpeech(text: string): string[] {
  const sentences = text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.!?…])\s+/u);
  const pieces = sentences.flatMap((sentence) => cutLong(sentence, /(?<=[,;:—])\s+/u));
  const chunks: string[] = [];
  for (const piece of pieces) {
    const last = chunks.length - 1;
    if (last >= 0 && chunks[last]!.length + piece.length + 1 <= MAX_CHUNK) {
      chunks[last] += ` ${piece}`;
    } else if (piece !== '') {
      chunks.push(piece);
    }
  }
  return chunks;
}

function cutLong(text: string, at: RegExp): string[] {
  if (text.length <= MAX_CHUNK) return [text];
  const parts = text.split(at);
  if (parts.length > 1) return parts.flatMap((part) => cutLong(part, /\s+/u));
  const words = text.split(/\s+/u);
  const cut: string[] = [''];
  for (const word of words) {
    const last = cut.length - 1;
    if (cut[last]!.length + word.length + 1 > MAX_CHUNK && cut[last] !== '') cut.push(word);
    else cut[last] = cut[last] === '' ? word : `${cut[last]} ${word}`;
  }
  return cut;
}
