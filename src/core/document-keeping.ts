/**
 * Which documents the device keeps for reading offline: those of every stored article (each up to
 * AUTO_DOCUMENT_MAX_BYTES), only those of saved articles, or none. The data saver means none.
 */
export type DocumentKeeping = 'always' | 'saved' | 'never';

/** The choices, in the order the settings list them. */
export const DOCUMENT_KEEPING_CHOICES: readonly DocumentKeeping[] = ['always', 'saved', 'never'];

/** What a fresh install keeps: a council decision is read where there is no network, too. */
export const DEFAULT_DOCUMENT_KEEPING: DocumentKeeping = 'always';

/** The settings-store key of the choice, read by the page and the service worker. */
export const DOCUMENT_KEEPING_KEY = 'documents-offline';

/** The largest document kept for an article that is not saved (2 МБ as the portal counts). */
export const AUTO_DOCUMENT_MAX_BYTES = 2 * 1024 * 1024;

/** The largest document kept for a saved article: a bound against a feed that links a disk image. */
export const SAVED_DOCUMENT_MAX_BYTES = 50 * 1024 * 1024;

/** Where the service worker answers with a kept document (`?url=` its address), online or not. */
export const KEPT_DOCUMENT_PATH = '/__kept-document';

/** The stored choice, or the default for anything else. */
export function parseDocumentKeeping(value: unknown): DocumentKeeping {
  return DOCUMENT_KEEPING_CHOICES.includes(value as DocumentKeeping)
    ? (value as DocumentKeeping)
    : DEFAULT_DOCUMENT_KEEPING;
}

/** What is kept in fact: nothing under the data saver, which downloads nothing by itself. */
export function getDocumentKeeping(choice: DocumentKeeping, isDataSaver: boolean): DocumentKeeping {
  return isDataSaver ? 'never' : choice;
}

/** The address at which the service worker answers with the kept copy of a document. */
export function toKeptDocumentPath(url: string): string {
  return `${KEPT_DOCUMENT_PATH}?url=${encodeURIComponent(url)}`;
}
