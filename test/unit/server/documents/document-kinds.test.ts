import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES } from '../../../../src/core/document-types';
import {
  DOCUMENT_SOURCE,
  EXTENSION_SIGNATURES,
  isDocumentOf,
} from '../../../../src/server/documents/document-kinds';
import { FILES } from './document-fixtures';

describe('the kinds of document the server serves', () => {
  it('know the signature of every kind the app lists', () => {
    expect(Object.keys(EXTENSION_SIGNATURES).sort()).toEqual(Object.keys(DOCUMENT_TYPES).sort());
  });

  it('tell a file’s kind by its first bytes', () => {
    expect(isDocumentOf(FILES.pdf, 'pdf')).toBe(true);
    expect(isDocumentOf(FILES.docx, 'docx')).toBe(true);
    expect(isDocumentOf(FILES.docx, 'odt')).toBe(true);
    expect(isDocumentOf(FILES.doc, 'xls')).toBe(true);
    expect(isDocumentOf(FILES.rtf, 'rtf')).toBe(true);
    expect(isDocumentOf(FILES.pdf, 'docx')).toBe(false);
    expect(isDocumentOf(FILES.docx, 'doc')).toBe(false);
    expect(isDocumentOf(Buffer.from(' %PDF-1.7'), 'pdf')).toBe(false);
    expect(isDocumentOf(Buffer.from('%PDF'), 'pdf')).toBe(false);
  });

  it('take documents’ and download types, never a page, a script, an image or text', () => {
    for (const type of ['application/pdf', 'application/octet-stream', '', 'text/rtf']) {
      expect(DOCUMENT_SOURCE.isType(type), type).toBe(true);
    }
    for (const type of [
      'text/html',
      'application/xhtml+xml',
      'image/svg+xml',
      'text/javascript',
      'text/plain',
      'application/json',
      'image/png',
    ]) {
      expect(DOCUMENT_SOURCE.isType(type), type).toBe(false);
    }
    expect(DOCUMENT_SOURCE.isContent!(Buffer.from('<!doctype html>'))).toBe(false);
  });
});
