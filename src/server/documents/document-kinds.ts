import { DOCUMENT_TYPES } from '../../core/document-types';
import type { SourceKind } from '../images/fetch-source';

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

// How each kind of file begins: PDF; ZIP, the container of DOCX, XLSX, ODT and ODS; the
// Compound File Binary of DOC and XLS; RTF.
const SIGNATURES = {
  pdf: ascii('%PDF-'),
  zip: [0x50, 0x4b, 0x03, 0x04],
  cfb: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  rtf: ascii('{\\rtf'),
} as const;

/** The signature each document extension's files begin with. */
export const EXTENSION_SIGNATURES: Readonly<Record<string, keyof typeof SIGNATURES>> = {
  pdf: 'pdf',
  doc: 'cfb',
  xls: 'cfb',
  docx: 'zip',
  xlsx: 'zip',
  odt: 'zip',
  ods: 'zip',
  rtf: 'rtf',
};

// What hosts label documents as besides their own types: the generic binary types portals send
// for downloads, and older names of the same kinds. No text, page, script or image type.
const OTHER_NAMES = [
  '',
  'application/octet-stream',
  'binary/octet-stream',
  'application/download',
  'application/x-download',
  'application/force-download',
  'application/x-pdf',
  'application/zip',
  'application/x-zip-compressed',
  'application/vnd.ms-word',
  'application/x-msword',
  'application/x-msexcel',
  'application/x-rtf',
  'text/rtf',
];
const ACCEPTED_TYPES = new Set([
  ...Object.values(DOCUMENT_TYPES).map((type) => type.mimeType),
  ...OTHER_NAMES,
]);

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);

/** Whether the bytes begin as a file of this extension's kind does. */
export function isDocumentOf(bytes: Uint8Array, extension: string): boolean {
  const signature = EXTENSION_SIGNATURES[extension];
  return signature !== undefined && startsWith(bytes, SIGNATURES[signature]);
}

/**
 * The feed's documents as sources: a content type a document may have, and bytes that begin as
 * one does, so a sign-in page, an error page or a script never passes for a document, whatever
 * it is labelled.
 */
export const DOCUMENT_SOURCE: SourceKind = {
  name: 'document',
  accept: `${Object.values(DOCUMENT_TYPES)
    .map((type) => type.mimeType)
    .join(',')},application/octet-stream;q=0.5`,
  isType: (type) => ACCEPTED_TYPES.has(type),
  isContent: (bytes) => Object.values(SIGNATURES).some((signature) => startsWith(bytes, signature)),
};
