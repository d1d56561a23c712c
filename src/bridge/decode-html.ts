const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

/**
 * Decodes an HTML page by the BOM, the Content-Type charset or a <meta> charset in its first
 * kilobytes, UTF-8 by default (Ukrainian sites still serve windows-1251).
 */
export function decodeHtml(bytes: Uint8Array, contentType: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode(bytes, 'utf-8');
  const header = /charset\s*=\s*"?([\w-]+)/i.exec(contentType ?? '')?.[1];
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const label = header ?? META_CHARSET.exec(head)?.[1] ?? 'utf-8';
  return decode(bytes, label);
}

function decode(bytes: Uint8Array, label: string): string {
  try {
    return new TextDecoder(label, { ignoreBOM: false }).decode(bytes);
  } catch {
    // An unknown label: browsers fall back to UTF-8 as well.
    return new TextDecoder('utf-8').decode(bytes);
  }
}
