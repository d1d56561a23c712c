import { describe, expect, it } from 'vitest';
import { enScreens } from '../../../src/core/i18n/en-screens';
import { ukScreens } from '../../../src/core/i18n/uk-screens';
import {
  composeNewsPush,
  readNewsPush,
  toDeclarativePush,
  type PushArticle,
} from '../../../src/core/news-push';

const article = (key: string, categories = ['Місто'], summary = ''): PushArticle => ({
  key,
  title: `Новина ${key}`,
  summary,
  categories,
});
const KEY = 'abcdefghij0123';

describe('the news push', () => {
  it('names one article, with its summary, and opens it', () => {
    expect(composeNewsPush([article(KEY, ['Місто'], 'Коротко.')], ukScreens)).toEqual({
      title: `Новина ${KEY}`,
      body: 'Коротко.',
      url: `/news/${KEY}`,
      tag: 'vistky-news',
      articles: [KEY],
    });
  });

  it('leads with an urgent article and counts the others in the subscriber’s language', () => {
    const urgent = article('u', ['Безпека', 'Терміново']);
    const push = composeNewsPush([article('a'), urgent, article('b')], enScreens);
    expect(push).toMatchObject({
      title: 'Urgent: Новина u',
      body: '+2 more',
      url: '/',
      articles: ['u', 'a', 'b'],
    });
  });

  it('cuts a long summary at a word', () => {
    const summary = 'слово '.repeat(40).trim();
    const body = composeNewsPush([article(KEY, [], summary)], ukScreens)!.body;
    expect(body.length).toBeLessThanOrEqual(120);
    expect(body).toMatch(/слово…$/);
  });

  it('is nothing for no articles', () => {
    expect(composeNewsPush([], ukScreens)).toBeNull();
  });

  it('reads back both the classic form and the declarative one', () => {
    const push = composeNewsPush([article(KEY)], ukScreens)!;
    expect(readNewsPush(push)).toEqual({
      title: push.title,
      body: push.body,
      url: push.url,
      articles: [KEY],
    });
    const declarative = toDeclarativePush(push, 'https://vistky.example', 'uk');
    expect(declarative).toEqual({
      web_push: 8030,
      notification: {
        title: push.title,
        body: push.body,
        navigate: `https://vistky.example/news/${KEY}`,
        lang: 'uk',
        tag: 'vistky-news',
      },
      mutable: true,
    });
    expect(readNewsPush(declarative)).toEqual({
      title: push.title,
      body: push.body,
      url: `https://vistky.example/news/${KEY}`,
      articles: [KEY],
    });
  });

  it('reads what is neither as a tickle', () => {
    expect(readNewsPush(null)).toBeNull();
    expect(readNewsPush('text')).toBeNull();
    expect(readNewsPush({})).toEqual({ articles: [] });
  });
});
