import { QueryClient, QueryClientProvider } from '@tanstack/preact-query';
import { load } from 'cheerio';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { uk } from '../../../src/core/i18n/uk';
import type { Article, ArticleEvent } from '../../../src/core/types';
import { ArticleCard } from '../../../src/ui/components/article-card';

const MEETING: ArticleEvent = {
  startDate: '2026-12-15',
  startTime: '10:00',
  endDate: null,
  endTime: null,
  place: 'вул. Магістратська, 7',
  when: '15 грудня, 10:00',
};

const ARTICLE: Article = {
  id: 'meeting',
  key: 'meeting0000000',
  url: 'https://rada.example/news/meeting',
  title: 'Сесія міської ради',
  summary: 'Засідання розпочнеться о 10:00.',
  contentHtml: '',
  published: '2026-12-10T08:00:00.000Z',
  updated: null,
  author: null,
  categories: ['Анонси та оголошення'],
  image: null,
  attachments: null,
  event: MEETING,
  feedUrl: 'https://rada.example/rss.xml',
  firstSeen: '2026-12-10T08:00:00.000Z',
  read: false,
  saved: false,
  savedAt: null,
};

/** The card's event line when the page is read at `now` (null: the server's page). */
function eventLine(now: number | null) {
  const html = renderToString(
    <QueryClientProvider client={new QueryClient()}>
      <ArticleCard
        article={ARTICLE}
        now={now}
        isEager={false}
        topics={[]}
        showImage={false}
        hasRenditions={false}
      />
    </QueryClientProvider>,
  );
  const line = load(html)('.event');
  return { text: line.text(), isOver: line.hasClass('event--over') };
}

describe('the event line of a card', () => {
  it('says «Подія» before the event and on its day', () => {
    for (const now of [Date.parse('2026-12-12T09:00:00Z'), Date.parse('2026-12-15T20:00:00Z')]) {
      expect(eventLine(now)).toEqual({
        text: `${uk.event}: 15 грудня, 10:00 · вул. Магістратська, 7`,
        isOver: false,
      });
    }
  });

  it('marks it past once its day is over in the city', () => {
    // 00:30 in Kyiv on the 16th is 22:30 UTC on the 15th.
    expect(eventLine(Date.parse('2026-12-15T22:30:00Z'))).toEqual({
      text: `${uk.pastEvent}: 15 грудня, 10:00 · вул. Магістратська, 7`,
      isOver: true,
    });
  });

  it('leaves it unmarked on the server’s page, which does not know when it is read', () => {
    expect(eventLine(null).isOver).toBe(false);
  });
});
