import { getRootTag, HTML_TAG } from '../../core/first-screen';
import { FIRST_SCREEN_ATTRIBUTES } from '../../core/first-screen-attributes';
import { escapeHtml } from '../../core/text';

/** What goes into the built index.html to make one page of it. */
export interface PageParts {
  /** The page's <title> and its other tags for <head> (see page-head.ts). */
  head: { title: string; tags: string };
  /** The rendered markup of #app. */
  app: string;
  /** The path the page answers (no query): the app takes the page over only on the same one. */
  path: string;
  /** How the resident reads: <html> gets it, as the app would set it before its first render. */
  look: { language: string; textSize: number; theme: string };
}

const TITLE = /<title>[\s\S]*?<\/title>/;
const DESCRIPTION = /\s*<meta\s+name="description"[\s\S]*?>/;
const EMPTY_APP = '<div id="app"></div>';
// The shell's plea to turn JavaScript on: a rendered page reads without it.
const NOSCRIPT = /\s*<noscript>[\s\S]*?<\/noscript>/;

/** Whether the built shell has the places a page fills: a title, #app empty, a </head>. */
export function canFillShell(shell: string): boolean {
  return TITLE.test(shell) && shell.includes(EMPTY_APP) && shell.includes('</head>');
}

/**
 * The built shell with a page in it: its own title and description in place of the shell's, its
 * other head tags before </head>, and its markup in #app, marked as the server's first screen,
 * which the app takes over without painting it twice (ui/first-screen.ts).
 */
export function fillShell(shell: string, parts: PageParts): string {
  const open =
    `<div id="app" ${FIRST_SCREEN_ATTRIBUTES.path}="${escapeHtml(parts.path)}" ` +
    `${FIRST_SCREEN_ATTRIBUTES.language}="${escapeHtml(parts.look.language)}">`;
  const root = getRootTag({ ...parts.look, textSize: String(parts.look.textSize) });
  return shell
    .replace(TITLE, () => parts.head.title)
    .replace(DESCRIPTION, '')
    .replace('</head>', () => `\n    ${parts.head.tags}\n  </head>`)
    .replace(EMPTY_APP, () => `${open}${parts.app}</div>`)
    .replace(NOSCRIPT, '')
    .replace(HTML_TAG, () => root);
}
