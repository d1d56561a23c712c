/**
 * Sections whose urgent items notify even when general notifications are off: an item is
 * urgent when it carries one of URGENT_CATEGORIES among its categories. A deployment edits
 * these two lists for its feed's vocabulary.
 */
export const URGENT_RULE = {
  sections: ['Анонси та оголошення', 'Безпека', 'Комунальні повідомлення'],
  categories: ['Терміново', 'Термінове', 'Увага'],
};

/** Whether the feed marked an article urgent under URGENT_RULE. */
export function isUrgent(categories: string[]): boolean {
  const lower = categories.map((c) => c.toLocaleLowerCase('uk'));
  return (
    URGENT_RULE.categories.some((c) => lower.includes(c.toLocaleLowerCase('uk'))) &&
    (URGENT_RULE.sections.length === 0 ||
      URGENT_RULE.sections.some((s) => lower.includes(s.toLocaleLowerCase('uk'))))
  );
}
