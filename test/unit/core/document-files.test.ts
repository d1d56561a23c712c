import { describe, expect, it } from 'vitest';
import {
  getDocumentDisposition,
  getDocumentFileName,
  getDocumentHref,
  getDocumentPath,
  parseDocumentPath,
} from '../../../src/core/document-files';
import { DOCUMENT_TYPES } from '../../../src/core/document-types';
import { getImageId } from '../../../src/core/image-renditions';

const PDF = { url: 'https://rada.example/files/rishennia.pdf', mimeType: 'application/pdf' };

describe('document addresses', () => {
  it('name a document by the id of its URL and the extension of its kind', () => {
    expect(getDocumentPath(PDF)).toBe(`/doc/${getImageId(PDF.url)}.pdf`);
    const download = { url: 'https://rada.example/download?id=7', mimeType: 'application/msword' };
    expect(getDocumentPath(download)).toMatch(/^\/doc\/[0-9a-z]{14}\.doc$/);
    const untyped = { url: 'https://rada.example/f/plan.XLSX', mimeType: '' };
    expect(getDocumentPath(untyped)).toMatch(/\.xlsx$/);
  });

  it('give no path to a file of no known kind, or to what is no web address', () => {
    expect(getDocumentPath({ url: 'https://rada.example/f/archive.zip', mimeType: '' })).toBeNull();
    expect(getDocumentPath({ url: 'https://rada.example/f/plan', mimeType: '' })).toBeNull();
    expect(
      getDocumentPath({ url: 'ftp://rada.example/a.pdf', mimeType: 'application/pdf' }),
    ).toBeNull();
  });

  it('use the site’s address only where its server serves documents', () => {
    expect(getDocumentHref(PDF, true)).toBe(getDocumentPath(PDF));
    expect(getDocumentHref(PDF, false)).toBe(PDF.url);
    const zip = { url: 'https://rada.example/f/archive.zip', mimeType: 'application/zip' };
    expect(getDocumentHref(zip, true)).toBe(zip.url);
  });

  it('read back every path they make, and nothing else', () => {
    for (const extension of Object.keys(DOCUMENT_TYPES)) {
      const url = `https://rada.example/a.${extension}`;
      const file = getDocumentPath({ url, mimeType: '' })!.slice('/doc/'.length);
      expect(parseDocumentPath(file)).toEqual({ id: getImageId(url), extension });
    }
    for (const file of [
      '00000000000000.html',
      '00000000000000.PDF',
      '0000000000000.pdf',
      '00000000000000.pdf.js',
      '__proto__.pdf',
    ]) {
      expect(parseDocumentPath(file), file).toBeNull();
    }
  });
});

describe('document file names', () => {
  it('are the title, safe for any file system, with the extension once', () => {
    expect(getDocumentFileName('Рішення № 41/VIII-1', 'pdf')).toBe('Рішення № 41 VIII-1.pdf');
    expect(getDocumentFileName('Форма: "заява"?\n', 'docx')).toBe('Форма заява.docx');
    expect(getDocumentFileName('rishennia.PDF', 'pdf')).toBe('rishennia.pdf');
    expect(getDocumentFileName('../..', 'pdf')).toBe('document.pdf');
    expect(getDocumentFileName('', 'rtf')).toBe('document.rtf');
    expect(Array.from(getDocumentFileName('я'.repeat(300), 'pdf'))).toHaveLength(104);
  });

  it('go into Content-Disposition as UTF-8, escaping what RFC 8187 does not allow', () => {
    expect(getDocumentDisposition("Рішення (проєкт) it's*.pdf")).toBe(
      `inline; filename*=UTF-8''${encodeURIComponent('Рішення ')}%28${encodeURIComponent('проєкт')}%29%20it%27s%2A.pdf`,
    );
  });
});
