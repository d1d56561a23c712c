interface TextDecoderLike {
  decode(input: Uint8Array): string;
}

// TextDecoder exists in windows, workers and Node, but not in lib ES2022, which the core project
// compiles against so that DOM-only APIs fail typecheck; reach it through a narrow local type.
const { TextDecoder } = globalThis as unknown as {
  TextDecoder: new (label: string) => TextDecoderLike;
};

/** How many leading bytes may hold the XML declaration. */
const PROLOG_BYTES = 1024;

/**
 * Decodes feed bytes to text. The charset comes from a byte order mark, else the content type,
 * else the XML declaration (the order of RFC 7303 §3), else UTF-8. An unknown label falls
 * through to the next source.
 */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string): string {
  const labels = [
    getBomCharset(bytes),
    getContentTypeCharset(contentType),
    getDeclaredCharset(bytes),
    'utf-8',
  ];
  for (const label of labels) {
    const decoder = label === null ? null : createDecoder(label);
    if (decoder !== null) return decoder.decode(bytes);
  }
  return '';
}

function createDecoder(label: string): TextDecoderLike | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null; // RangeError: a label the platform does not know
  }
}

function getBomCharset(bytes: Uint8Array): string | null {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  // No BOM, but `<?` in UTF-16 (XML 1.0 Appendix F).
  if (a === 0x3c && b === 0x00 && c === 0x3f && d === 0x00) return 'utf-16le';
  if (a === 0x00 && b === 0x3c && c === 0x00 && d === 0x3f) return 'utf-16be';
  return null;
}

function getContentTypeCharset(contentType: string | undefined): string | null {
  const match = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '');
  return match?.[1] ?? null;
}

function getDeclaredCharset(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, PROLOG_BYTES));
  const match = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  const label = match?.[1] ?? null;
  // A declaration readable as ASCII cannot really be UTF-16 (the WHATWG rule for <meta charset>).
  return label !== null && /^utf-?16/i.test(label) ? 'utf-8' : label;
}
