import { describe, expect, it } from 'vitest';
import { uk } from '../../../src/core/i18n/uk';
import { ukScreens } from '../../../src/core/i18n/uk-screens';
import { planNotification } from '../../../src/core/notification-plan';
import type { Article } from '../../../src/core/types';

function article(key: string, overrides: Partial<Article> = {}): Article {
  return {
    key,
    id: key,
    url: '',
    title: `Новина ${key}`,
    summary: '',
    contentHtml: '<p>Текст</p>',
    published: null,
    updated: null,
    author: null,
    categories: ['Новини'],
    image: null,
    attachments: null,
    event: null,
    feedUrl: 'https://rada.example/feed',
    firstSeen: '2026-11-27T10:00:00.000Z',
    read: false,
    saved: false,
    savedAt: null,
    ...overrides,
  };
}

const on = { isEnabled: true, topics: [] };
const off = { isEnabled: false, topics: [] };

describe('planNotification', () => {
  it('names the newest article and counts the rest', () => {
    const plan = planNotification([article('a'), article('b'), article('c')], on, ukScreens);
    expect(plan).toMatchObject({ title: 'Новина a', body: '+2 ще', url: '/', tag: 'vistky-news' });
  });

  it('leads to the article itself when there is only one', () => {
    expect(planNotification([article('a')], on, ukScreens)).toMatchObject({
      body: '',
      url: '/news/a',
    });
  });

  it('stays silent when notifications are off and nothing is urgent or of my topics', () => {
    expect(planNotification([article('a'), article('b')], off, ukScreens)).toBeNull();
  });

  it('notifies an urgent announcement even when notifications are off', () => {
    const urgent = article('u', { categories: ['Анонси та оголошення', 'Терміново'] });
    expect(planNotification([article('a'), urgent], off, ukScreens)).toMatchObject({
      title: `Терміново: Новина u`,
      url: '/news/u',
      keys: ['u'],
    });
  });

  it('notifies an article of my topics even when notifications are off, and says why', () => {
    const water = article('w', { contentHtml: '<p>Не буде води на вул. Магістратській</p>' });
    const plan = planNotification(
      [article('a'), water],
      { isEnabled: false, topics: ['вода'] },
      ukScreens,
    );
    expect(plan).toMatchObject({ title: 'Новина w', body: 'Мої теми: вода', keys: ['w'] });
  });

  it('shows nothing for a refresh that added nothing', () => {
    expect(planNotification([], on, ukScreens)).toBeNull();
  });
});

describe('the new-articles pill text', () => {
  it.each([
    [1, '1 нова новина'],
    [2, '2 нові новини'],
    [5, '5 нових новин'],
    [11, '11 нових новин'],
    [21, '21 нова новина'],
    [22, '22 нові новини'],
    [25, '25 нових новин'],
    [111, '111 нових новин'],
  ])('reads %i as «%s»', (count, text) => {
    expect(uk.newArticles(count)).toBe(text);
  });
});
