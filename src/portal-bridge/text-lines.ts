import type { AnyNode } from 'domhandler';
import { collapseWhitespace } from '../core/text';

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ol',
  'p',
  'section',
  'table',
  'tr',
  'ul',
]);

/** The visible lines of an HTML fragment: a new line at every <br> and block edge. */
export function getTextLines(nodes: readonly AnyNode[]): string[] {
  const chunks: string[] = [];
  const walk = (node: AnyNode) => {
    if (node.type === 'text') chunks.push(node.data);
    if (node.type !== 'tag') return;
    if (node.name === 'br') chunks.push('\n');
    if (node.name === 'script' || node.name === 'style') return;
    const isBlock = BLOCK_TAGS.has(node.name);
    if (isBlock) chunks.push('\n');
    node.children.forEach(walk);
    if (isBlock) chunks.push('\n');
  };
  nodes.forEach(walk);
  return chunks
    .join('')
    .split('\n')
    .map(collapseWhitespace)
    .filter((line) => line !== '');
}
