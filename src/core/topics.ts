import { foldWord } from './fold-text';
import { stemWord } from './stem-word';
import { tokenize } from './tokenize';
import { getWordForms, splitWordParts } from './word-forms';

/** A resident's topic, prepared once for matching against many articles. */
export interface PreparedTopic {
  /** The topic as the resident typed it, shown back to them. */
  label: string;
  /** Each word folded, its hyphen parts joined, as search folds a query word. */
  words: string[];
}

/** Prepares the resident's topics («вул. Магістратська», «вода») for matching. */
export function prepareTopics(topics: string[]): PreparedTopic[] {
  return topics
    .map((label) => ({
      label: label.trim(),
      words: tokenize(label)
        .map((word) => splitWordParts(foldWord(word)).join(''))
        .filter(Boolean),
    }))
    .filter((topic) => topic.words.length > 0);
}

function matchesWord(topicWord: string, forms: string[], stems: Set<string>): boolean {
  if (stems.has(stemWord(topicWord))) return true;
  // A resident may type the start of a word («магістратськ»): prefixes of three letters and more.
  return topicWord.length >= 3 && forms.some((form) => form.startsWith(topicWord));
}

/**
 * The topics an article mentions: every word of the topic must appear in its title or body, in
 * any grammatical form, found by the same folding and stemming as search. Runs on the device
 * only, so a resident's topics never leave the phone.
 */
export function findMatchingTopics(
  article: { title: string; summary: string; contentText: string },
  topics: PreparedTopic[],
): string[] {
  if (topics.length === 0) return [];
  const text = `${article.title} ${article.summary} ${article.contentText}`;
  const forms = tokenize(text).flatMap(getWordForms);
  const stems = new Set(forms.map(stemWord));
  return topics
    .filter((topic) => topic.words.every((word) => matchesWord(word, forms, stems)))
    .map((topic) => topic.label);
}
