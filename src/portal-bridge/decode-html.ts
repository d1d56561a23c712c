import { decodeBuffer } from 'encoding-sniffer';

/**
 * Decodes an HTML page as a browser would (the WHATWG encoding sniffing of cheerio's own
 * dependency): the BOM, else the Content-Type charset, else a <meta> charset in its first
 * kilobyte, else UTF-8 (Ukrainian sites still serve windows-1251). An unknown label is skipped.
 */
export function decodeHtml(bytes: Uint8Array, contentType: string | null): string {
  return decodeBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    transportLayerEncodingLabel: /charset\s*=\s*"?([\w-]+)/i.exec(contentType ?? '')?.[1],
    defaultEncoding: 'utf-8',
  });
}
