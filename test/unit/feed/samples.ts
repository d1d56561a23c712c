import { readFileSync } from 'node:fs';

/** The URL the sample feeds pretend to come from. */
export const FEED_URL = 'https://rada-chernihiv.example/feeds/news.xml';

/** The bytes of a sample feed in mocks/feeds/. */
export function readSample(name: string): Uint8Array {
  return readFileSync(new URL(`../../../mocks/feeds/${name}`, import.meta.url));
}

/** An RSS 2.0 document around the given items (with media and content namespaces declared). */
export function rss(items: string, channel = '<title>Стрічка</title>'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/">
<channel>${channel}${items}</channel></rss>`;
}

/** An Atom 1.0 document around the given entries. */
export function atom(entries: string, feed = '<title>Стрічка</title>'): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">${feed}${entries}</feed>`;
}

/** A JSON Feed 1.1 document with the given items and top-level fields. */
export function jsonFeed(items: unknown[], fields: Record<string, unknown> = {}): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Стрічка',
    ...fields,
    items,
  });
}
