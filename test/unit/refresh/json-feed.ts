/** A minimal JSON Feed 1.1 item. */
export interface JsonFeedItem {
  id: string;
  title?: string;
  url?: string;
  content_html?: string;
  date_published?: string;
  tags?: string[];
}

/** A JSON Feed 1.1 body with these items, as a feed server would send it. */
export function toJsonFeed(items: unknown[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Новини Чернігівської міської ради',
    home_page_url: 'https://rada.example/',
    items,
  });
}

/** A usable item: a title, a link and a body. */
export function makeItem(id: string, overrides: Partial<JsonFeedItem> = {}): JsonFeedItem {
  return {
    id,
    title: `Новина ${id}`,
    url: `https://rada.example/news/${id}`,
    content_html: `<p>Текст новини ${id}</p>`,
    date_published: '2026-03-01T09:00:00Z',
    ...overrides,
  };
}
