import { describe, expect, it } from 'vitest';
import { enScreens } from '../../../src/core/i18n/en-screens';
import { ukScreens } from '../../../src/core/i18n/uk-screens';
import { toNotificationContent } from '../../../src/core/notification-content';
import { planNotification } from '../../../src/core/notification-plan';
import type { Article } from '../../../src/core/types';

function article(key: string, categories = ['Новини']): Article {
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
    categories,
    image: null,
    attachments: null,
    event: null,
    feedUrl: 'https://rada.example/feed',
    firstSeen: '2026-11-27T10:00:00.000Z',
    read: false,
    saved: false,
    savedAt: null,
  };
}

const on = { isEnabled: true, topics: [] };

describe('toNotificationContent', () => {
  it('speaks English, in its words and its language tag, to a resident who chose English', () => {
    const urgent = article('u', ['Безпека', 'Терміново']);
    const plan = planNotification([urgent, article('b')], on, enScreens);
    expect(toNotificationContent(plan, null, 'en')).toMatchObject({
      title: 'Urgent: Новина u',
      options: { body: '+1 more', lang: 'en', data: { url: '/' } },
    });
  });

  it('speaks Ukrainian to a resident who chose Ukrainian', () => {
    const plan = planNotification([article('a'), article('b')], on, ukScreens);
    expect(toNotificationContent(plan, null, 'uk')).toMatchObject({
      title: 'Новина a',
      options: { body: '+1 ще', lang: 'uk' },
    });
  });

  it("puts the city's own push words first, in the resident's language tag", () => {
    const plan = planNotification([article('a')], on, enScreens);
    const payload = { title: 'Увага', body: 'Перевірка сирен', url: '/news/x' };
    expect(toNotificationContent(plan, payload, 'en')).toMatchObject({
      title: 'Увага',
      options: { body: 'Перевірка сирен', data: { url: '/news/x' }, lang: 'en' },
    });
  });

  it('shows nothing when there is neither a plan nor a title to show', () => {
    expect(toNotificationContent(null, { body: 'без заголовка' }, 'uk')).toBeNull();
  });
});
