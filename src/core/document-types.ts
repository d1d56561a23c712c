/** The kinds of document a council attaches, by file extension: MIME type and the row's icon. */
export const DOCUMENT_TYPES: Readonly<Record<string, { mimeType: string; icon: DocumentIcon }>> = {
  pdf: { mimeType: 'application/pdf', icon: 'pdf' },
  doc: { mimeType: 'application/msword', icon: 'text' },
  docx: {
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    icon: 'text',
  },
  odt: { mimeType: 'application/vnd.oasis.opendocument.text', icon: 'text' },
  rtf: { mimeType: 'application/rtf', icon: 'text' },
  xls: { mimeType: 'application/vnd.ms-excel', icon: 'table' },
  xlsx: {
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    icon: 'table',
  },
  ods: { mimeType: 'application/vnd.oasis.opendocument.spreadsheet', icon: 'table' },
};

/** Which picture a document row shows: a PDF, a text document, a table, anything else. */
export type DocumentIcon = 'pdf' | 'text' | 'table' | 'file';

/** What a row names a document's kind by: «PDF», «DOCX»; null for a kind it cannot tell. */
export interface DocumentKind {
  label: string | null;
  icon: DocumentIcon;
}

/** The file extension of a URL's last path segment, lower case; '' when it has none. */
export function getFileExtension(url: string): string {
  const path = url.split(/[?#]/)[0] ?? '';
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** The MIME type of a document from its declared type, else its extension; '' when unknown. */
export function getDocumentMimeType(url: string, declared: string | undefined): string {
  const type = declared?.trim().toLowerCase() ?? '';
  // Servers label files they know nothing about as octet-stream: the extension says more.
  if (type !== '' && type !== 'application/octet-stream') return type;
  return DOCUMENT_TYPES[getFileExtension(url)]?.mimeType ?? type;
}

/** How a row names a document's kind: by its MIME type, else its extension. */
export function getDocumentKind(url: string, mimeType: string): DocumentKind {
  for (const [extension, type] of Object.entries(DOCUMENT_TYPES)) {
    if (type.mimeType === mimeType) return { label: extension.toUpperCase(), icon: type.icon };
  }
  const extension = getFileExtension(url);
  const known = DOCUMENT_TYPES[extension];
  if (known) return { label: extension.toUpperCase(), icon: known.icon };
  return {
    label: /^[a-z0-9]{2,5}$/.test(extension) ? extension.toUpperCase() : null,
    icon: 'file',
  };
}
