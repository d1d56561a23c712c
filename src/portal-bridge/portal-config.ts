import { readFile } from 'node:fs/promises';
import { portalCrawl } from '#city/portalCrawl';
import { ConfigError } from './bridge-errors';

/** A paged list of articles on the portal, and the section its articles are tagged with. */
export interface ListSource {
  section: string;
  /** First page, relative to the portal. */
  url: string;
  /** Later pages; `{page}` is replaced by 2, 3, … */
  pageUrl: string;
  /** Never read more pages than this from this list, whatever --pages says. */
  maxPages?: number;
}

/** An article URL form: a regular expression on the path and the canonical path it maps to. */
export interface ArticleUrlPattern {
  match: string;
  canonical: string;
}

/** Everything the bridge knows about one portal's markup, so a markup change is a config edit. */
export interface PortalConfig {
  name: string;
  feedTitle: string;
  description: string;
  language: string;
  portalUrl: string;
  contactUrl: string;
  sources: ListSource[];
  list: {
    container: string;
    item: string;
    title: string;
    link: string;
    date: string;
    summary: string;
  };
  /**
   * The body is the first match anywhere on the page (outside header, nav, aside and footer when
   * it can); the title the match nearest to it. Date, images and attachments are looked for
   * inside the smallest element holding both, so no wrapper class need be known.
   */
  article: {
    urls: ArticleUrlPattern[];
    title: string;
    date: string;
    body: string;
    /** Photos outside the body (lead photo, gallery); the body's own are always read. */
    images: string;
    attachments: string;
    /** Page parts removed before anything is read (scripts, share buttons). */
    remove: string[];
  };
  /** File extension (lower case, no dot) → MIME type of the documents worth listing. */
  attachmentTypes: Record<string, string>;
  /** Regular expressions that recognise the signature line closing an article. */
  signaturePatterns: string[];
  limits: {
    pages: number;
    articles: number;
    minIntervalMs: number;
    articleTtlHours: number;
    timeoutMs: number;
    maxBytes: number;
  };
}

const STRING_FIELDS = ['name', 'feedTitle', 'description', 'language', 'portalUrl', 'contactUrl'];
const LIST_FIELDS = ['container', 'item', 'title', 'link', 'date', 'summary'];
const ARTICLE_FIELDS = ['title', 'date', 'body', 'images', 'attachments'];
const LIMIT_FIELDS = [
  'pages',
  'articles',
  'minIntervalMs',
  'articleTtlHours',
  'timeoutMs',
  'maxBytes',
];

/** Checks a parsed configuration file and says which field is wrong, so the web team can fix it. */
export function parsePortalConfig(value: unknown, source = 'configuration'): PortalConfig {
  const fail = (field: string, need: string): never => {
    throw new ConfigError(`${source}: "${field}" must be ${need}`);
  };
  const root = asRecord(value) ?? fail('(root)', 'an object');
  for (const f of STRING_FIELDS) if (!isText(root[f])) fail(f, 'a non-empty string');
  const list = asRecord(root.list) ?? fail('list', 'an object');
  for (const f of LIST_FIELDS) if (!isText(list[f])) fail(`list.${f}`, 'a CSS selector');
  const article = asRecord(root.article) ?? fail('article', 'an object');
  for (const f of ARTICLE_FIELDS) if (!isText(article[f])) fail(`article.${f}`, 'a CSS selector');
  if (!isTextArray(article.remove)) fail('article.remove', 'an array of CSS selectors');
  const urls = Array.isArray(article.urls) ? article.urls : fail('article.urls', 'an array');
  if (urls.length === 0) fail('article.urls', 'a non-empty array');
  urls.forEach((u, i) => {
    const p = asRecord(u);
    if (!p || !isText(p.match) || !isText(p.canonical) || !isRegExp(p.match))
      fail(`article.urls[${i}]`, '{ "match": regular expression, "canonical": path }');
  });
  const sources = Array.isArray(root.sources) ? root.sources : fail('sources', 'an array');
  if (sources.length === 0) fail('sources', 'a non-empty array');
  sources.forEach((s, i) => {
    const r = asRecord(s) ?? fail(`sources[${i}]`, 'an object');
    if (!isText(r.section) || !isText(r.url) || !isText(r.pageUrl))
      fail(`sources[${i}]`, '{ "section", "url", "pageUrl" } strings');
    if (!String(r.pageUrl).includes('{page}')) fail(`sources[${i}].pageUrl`, 'a path with {page}');
    if (r.maxPages !== undefined && !isPositiveInt(r.maxPages))
      fail(`sources[${i}].maxPages`, 'a positive integer');
  });
  const types = asRecord(root.attachmentTypes) ?? fail('attachmentTypes', 'an object');
  if (!Object.values(types).every(isText)) fail('attachmentTypes', 'extension → MIME type strings');
  const signatures = root.signaturePatterns;
  if (!isTextArray(signatures) || !signatures.every(isRegExp))
    fail('signaturePatterns', 'an array of regular expressions');
  const limits = asRecord(root.limits) ?? fail('limits', 'an object');
  for (const f of LIMIT_FIELDS)
    if (!isPositiveInt(limits[f])) fail(`limits.${f}`, 'a positive integer');
  return root as unknown as PortalConfig;
}

/**
 * Reads and checks a portal's configuration: the file at `path` (PORTAL_CONFIG, --config), else
 * the city's own (`portalCrawl` in cities/<name>/city.ts).
 */
export async function loadPortalConfig(path?: string): Promise<PortalConfig> {
  if (path === undefined) {
    if (portalCrawl === null) {
      throw new ConfigError(
        "this city's file has no portalCrawl: give a portal configuration file (--config, PORTAL_CONFIG)",
      );
    }
    return parsePortalConfig(portalCrawl, "the city file's portalCrawl");
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    return parsePortalConfig(JSON.parse(text), path);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function isTextArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every(isText);
}

function isPositiveInt(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) > 0;
}

function isRegExp(pattern: unknown): boolean {
  try {
    new RegExp(String(pattern), 'u');
    return true;
  } catch {
    return false;
  }
}
