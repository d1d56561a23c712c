import { afterEach, describe, expect, it } from 'vitest';
import { combineSignals } from '../../../src/net/combine-signals';

const nativeAny = AbortSignal.any;

/** Makes this runtime look like Safari before 17.4, which lacks AbortSignal.any. */
function removeAbortSignalAny() {
  Object.assign(AbortSignal, { any: undefined });
}

describe('combineSignals', () => {
  afterEach(() => {
    AbortSignal.any = nativeAny;
  });

  it('aborts with the reason of whichever signal aborts first', () => {
    const first = new AbortController();
    const second = new AbortController();
    const combined = combineSignals([first.signal, second.signal]);
    second.abort('second');
    first.abort('first');
    expect(combined.reason).toBe('second');
  });

  it('works where AbortSignal.any is missing, as on older Safari', () => {
    removeAbortSignalAny();
    const first = new AbortController();
    const combined = combineSignals([first.signal, new AbortController().signal]);
    expect(combined.aborted).toBe(false);
    first.abort('gone');
    expect(combined.reason).toBe('gone');
  });

  it('is aborted at once when a signal already is', () => {
    removeAbortSignalAny();
    const combined = combineSignals([AbortSignal.abort('early')]);
    expect(combined.reason).toBe('early');
  });
});
