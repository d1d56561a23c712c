import { useQuery } from '@tanstack/preact-query';
import type { ReaderPreferences } from '../../core/settings';
import { preferencesQuery, readPreferenceMirror } from '../../data/preferences';

/** The reader's preferences: the start-up copy until IndexedDB answers, then the stored ones. */
export function usePreferences(): ReaderPreferences {
  const query = useQuery(preferencesQuery());
  // Without IndexedDB (a blocked profile) the start-up copy still holds for this session.
  return query.data ?? readPreferenceMirror().preferences;
}
