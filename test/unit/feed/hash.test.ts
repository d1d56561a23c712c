import { describe, expect, it } from 'vitest';
import { hashText } from '../../../src/feed/hash';

describe('hashText', () => {
  it('gives 16 hex digits', () => {
    expect(hashText('Оголошення')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('keeps a recorded hash unchanged, because stored article ids carry it', () => {
    expect(hashText('Оголошення\n2026-03-27T08:00:00.000Z')).toMatchInlineSnapshot(
      `"a8a41b858a407c3f"`,
    );
  });

  it('gives distinct hashes to 100,000 distinct texts', () => {
    const hashes = new Set<string>();
    for (let i = 0; i < 100_000; i++) hashes.add(hashText(`Новина ${i}`));
    expect(hashes.size).toBe(100_000);
  });
});
