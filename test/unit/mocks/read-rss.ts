import { SaxesParser } from 'saxes';

/** One RSS item as the tests see it: text and attributes of its descendants by qualified name. */
export interface RssItem {
  fields: Record<string, string[]>;
  attributes: Record<string, Record<string, string>>;
}

/** Parses RSS with a strict, namespace-aware XML parser; throws on anything not well-formed. */
export function readRss(xml: string): { channel: Record<string, string>; items: RssItem[] } {
  const parser = new SaxesParser({ xmlns: true });
  const channel: Record<string, string> = {};
  const items: RssItem[] = [];
  const path: string[] = [];
  let text = '';
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    path.push(tag.name);
    text = '';
    if (tag.name === 'item') items.push({ fields: {}, attributes: {} });
    const item = items.at(-1);
    if (item && path.includes('item')) {
      const attributes = Object.fromEntries(
        Object.values(tag.attributes).map((attribute) => [attribute.name, attribute.value]),
      );
      if (Object.keys(attributes).length > 0) item.attributes[tag.name] = attributes;
    }
  });
  parser.on('text', (chunk) => (text += chunk));
  parser.on('cdata', (chunk) => (text += chunk));
  parser.on('closetag', (tag) => {
    path.pop();
    const item = items.at(-1);
    if (path.includes('item') && item) (item.fields[tag.name] ??= []).push(text);
    else if (path.at(-1) === 'channel') channel[tag.name] = text;
    text = '';
  });
  parser.write(xml).close();
  return { channel, items };
}

/** The first value of a field of an item, or undefined. */
export function getField(item: RssItem, name: string): string | undefined {
  return item.fields[name]?.[0];
}
