import type { RefreshResult } from './types';

/** What a refresh that stored nothing reports: the server's 304, or a background wake-up in vain. */
export function nothingNew(): RefreshResult {
  return {
    status: 'not-modified',
    added: 0,
    updated: 0,
    addedKeys: [],
    updatedKeys: [],
    evictedKeys: [],
    skipped: 0,
  };
}
