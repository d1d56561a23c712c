import { describe, expect, it } from 'vitest';
import { parseDocumentKeeping, getDocumentKeeping } from '../../../src/core/document-keeping';
import { parseReadAloud, splitForSpeech } from '../../../src/core/read-aloud';

describe('the read-aloud settings', () => {
  it('keep a stored voice and one of the offered speeds', () => {
    expect(parseReadAloud({ voice: 'urn:lesya', rate: 1.25 })).toEqual({
      voice: 'urn:lesya',
      rate: 1.25,
    });
  });

  it('fall back to the device’s voice and the normal speed for anything else', () => {
    expect(parseReadAloud(undefined)).toEqual({ voice: null, rate: 1 });
    expect(parseReadAloud({ voice: '', rate: 7 })).toEqual({ voice: null, rate: 1 });
    expect(parseReadAloud('fast')).toEqual({ voice: null, rate: 1 });
  });
});

describe('splitForSpeech', () => {
  it('keeps a short paragraph whole', () => {
    expect(splitForSpeech('  Засідання   відбудеться завтра. ')).toEqual([
      'Засідання відбудеться завтра.',
    ]);
  });

  it('cuts a long one between sentences, then at commas, never above 220 characters', () => {
    const sentence = `Депутати розглянули ${'питання бюджету, '.repeat(20)}і ухвалили рішення.`;
    const text = `${sentence} Засідання тривало три години.`;
    const pieces = splitForSpeech(text);
    expect(pieces.every((piece) => piece.length <= 220)).toBe(true);
    expect(pieces.join(' ')).toBe(text);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.slice(0, -1).every((piece) => /[,.]$/.test(piece))).toBe(true);
  });
});

describe('the documents kept offline', () => {
  it('are those of every article unless the resident chose otherwise', () => {
    expect(parseDocumentKeeping(undefined)).toBe('always');
    expect(parseDocumentKeeping('saved')).toBe('saved');
    expect(parseDocumentKeeping('sometimes')).toBe('always');
  });

  it('are none under the data saver, whatever the choice', () => {
    expect(getDocumentKeeping('always', true)).toBe('never');
    expect(getDocumentKeeping('saved', true)).toBe('never');
    expect(getDocumentKeeping('saved', false)).toBe('saved');
  });
});
