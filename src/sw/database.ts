import { openDatabase, type VistkyDatabase } from '../storage';

let opening: Promise<VistkyDatabase> | null = null;

/** The worker's connection, reopened after another context's upgrade closed it. */
export function getWorkerDatabase(): Promise<VistkyDatabase> {
  opening ??= openDatabase(undefined, {
    onVersionChange: () => {
      opening = null;
    },
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}
