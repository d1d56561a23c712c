import { formatKyivIso } from './demo-dates';
import type { DemoArticle } from './fixtures/demo-article';

/** The most articles one flood adds: past every limit the settings offer, yet a quick feed. */
export const MAX_FLOOD = 3000;

/**
 * `count` short, photo-less articles, newer than every demo article (one a minute up to `now`),
 * so that a test can push the store past its eviction limit with one refresh.
 */
export function createFloodArticles(count: number, now: number): DemoArticle[] {
  return Array.from({ length: count }, (_, index) => {
    const number = count - index;
    return {
      id: `flood-${String(number).padStart(4, '0')}`,
      category: 'Новини',
      title: `Тестове повідомлення № ${number} для перевірки місця на пристрої`,
      lead: `Службове повідомлення № ${number} демонстраційної стрічки.`,
      bodyHtml: `<p>Службове повідомлення № ${number}: ним тест заповнює сховище застосунку.</p><p>Демонстраційна стрічка</p>`,
      signature: 'Демонстраційна стрічка',
      publishedAt: formatKyivIso(now - index * 60_000),
      images: [],
    };
  });
}
