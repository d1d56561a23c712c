import type { RefreshFailure } from './types';

/** A refresh that failed, carrying the recorded failure so every caller explains it the same way. */
export class RefreshError extends Error {
  override readonly name = 'RefreshError';

  constructor(readonly failure: RefreshFailure) {
    super(failure.detail || failure.kind);
  }
}
