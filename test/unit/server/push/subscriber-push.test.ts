import { describe, expect, it } from 'vitest';
import type { PushArticle } from '../../../../src/core/news-push';
import type { StoredSubscription } from '../../../../src/server/push/push-records';
import { planSubscriberPush } from '../../../../src/server/push/subscriber-push';

const subscriber = (overrides: Partial<StoredSubscription> = {}): StoredSubscription => ({
  id: 1,
  endpoint: 'https://fcm.googleapis.com/fcm/send/abc',
  p256dh: '',
  auth: '',
  sections: null,
  urgentOnly: false,
  lang: 'uk',
  appOrigin: 'https://vistky.example',
  ...overrides,
});
const NEWS: PushArticle = { key: 'k1', title: 'Новина', summary: '', categories: ['Безпека'] };

describe('one subscriber’s push', () => {
  it('goes to Safari in the declarative form, with an absolute link in the subscriber’s language', () => {
    const push = planSubscriberPush(
      [NEWS],
      subscriber({ endpoint: 'https://web.push.apple.com/QGx', lang: 'en' }),
    )!;
    expect(JSON.parse(push.body)).toEqual({
      web_push: 8030,
      notification: {
        title: 'Новина',
        body: '',
        navigate: 'https://vistky.example/news/k1',
        lang: 'en',
        tag: 'vistky-news',
      },
      mutable: true,
    });
  });

  it('goes to Safari in the classic form when the row predates the app’s origin', () => {
    const push = planSubscriberPush(
      [NEWS],
      subscriber({ endpoint: 'https://web.push.apple.com/QGx', appOrigin: null }),
    )!;
    expect(JSON.parse(push.body)).toMatchObject({ title: 'Новина', url: '/news/k1' });
  });

  it('matches sections by their slug, and urgent-only by urgency', () => {
    expect(planSubscriberPush([NEWS], subscriber({ sections: ['bezpeka'] }))).not.toBeNull();
    expect(planSubscriberPush([NEWS], subscriber({ sections: ['sport'] }))).toBeNull();
    expect(planSubscriberPush([NEWS], subscriber({ urgentOnly: true }))).toBeNull();
  });
});
