import { urgentRule } from '#city/urgentRule';

/**
 * Whether the feed marked an article urgent under the city's rule (cities/<name>/city.ts
 * urgentRule): urgent items notify even when general notifications are off.
 */
export function isUrgent(categories: string[]): boolean {
  const lower = categories.map((c) => c.toLocaleLowerCase('uk'));
  return (
    urgentRule.categories.some((c) => lower.includes(c.toLocaleLowerCase('uk'))) &&
    (urgentRule.sections.length === 0 ||
      urgentRule.sections.some((s) => lower.includes(s.toLocaleLowerCase('uk'))))
  );
}
