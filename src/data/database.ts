import { openDatabase, type VistkyDatabase } from '../storage';

let opening: Promise<VistkyDatabase> | null = null;

/** The page's one connection to the app's database, opened on first use. */
export function getDatabase(): Promise<VistkyDatabase> {
  opening ??= openDatabase();
  return opening;
}
