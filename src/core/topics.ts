import { listWords, stemWord } from './match-text';

/** A resident's topic, prepared once for matching against many articles. */
export interface PreparedTopic {
  /** The topic as the resident typed it, shown back to them. */
  label: string;
  words: string[];
}

/** Prepares the resident's topics («вул. Магістратська», «вода») for matching. */
export function prepareTopics(topics: string[]): PreparedTopic[] {
  return topics
    .map((label) => ({ label: label.trim(), words: listWords(label) }))
    .filter((topic) => topic.words.length > 0);
}

function matchesWord(
  topicWord: string,
  articleWords: string[],
  articleStems: Set<string>,
): boolean {
  if (articleStems.has(stemWord(topicWord))) return true;
  // A resident may type the start of a word («магістратськ»): prefixes of three letters and more.
  return topicWord.length >= 3 && articleWords.some((word) => word.startsWith(topicWord));
}

/**
 * The topics an article mentions: every word of the topic must appear in its title or body, in
 * any grammatical form. Runs on the device only, so a resident's topics never leave the phone.
 */
export function findMatchingTopics(
  article: { title: string; summary: string; contentText: string },
  topics: PreparedTopic[],
): string[] {
  if (topics.length === 0) return [];
  const words = listWords(`${article.title} ${article.summary} ${article.contentText}`);
  const stems = new Set(words.map(stemWord));
  return topics
    .filter((topic) => topic.words.every((word) => matchesWord(word, words, stems)))
    .map((topic) => topic.label);
}
