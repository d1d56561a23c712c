import { stripTags } from './text';
import { findMatchingTopics, prepareTopics } from './topics';

/** The resident's topics each article mentions, by article key (articles with none are absent). */
export function matchTopicsByKey(
  articles: readonly { key: string; title: string; summary: string; contentHtml: string }[],
  labels: string[],
): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const topics = prepareTopics(labels);
  if (topics.length === 0) return found;
  for (const a of articles) {
    const text = { title: a.title, summary: a.summary, contentText: stripTags(a.contentHtml) };
    const matched = findMatchingTopics(text, topics);
    if (matched.length > 0) found.set(a.key, matched);
  }
  return found;
}
