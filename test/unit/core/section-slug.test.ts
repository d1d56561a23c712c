import { describe, expect, it } from 'vitest';
import { DEMO_ARTICLES } from '../../../mocks/fixtures/articles';
import { UPCOMING_ARTICLES } from '../../../mocks/fixtures/upcoming';
import { APOSTROPHE_CHARS } from '../../../src/core/letters';
import { getSectionSlug } from '../../../src/core/section-slug';

// Recorded once: links to these sections are out in the world, so they never change.
const DEMO_SECTION_SLUGS = {
  'Анонси та оголошення': 'anonsy-ta-oholoshennia',
  Безпека: 'bezpeka',
  'Бюджет участі': 'biudzhet-uchasti',
  Документи: 'dokumenty',
  'Комунальні повідомлення': 'komunalni-povidomlennia',
  'Місто легенд': 'misto-lehend',
  Новини: 'novyny',
  ОСББ: 'osbb',
  'Онлайн трансляції': 'onlain-transliatsii',
  'Чернігів, купуй рідне!': 'chernihiv-kupui-ridne',
};

describe('section slugs', () => {
  it('romanises the portal section names the way the portal does', () => {
    expect(getSectionSlug('Новини')).toBe('novyny');
    expect(getSectionSlug('Анонси та оголошення')).toBe('anonsy-ta-oholoshennia');
    expect(getSectionSlug('Комунальні повідомлення')).toBe('komunalni-povidomlennia');
    expect(getSectionSlug('Бюджет участі')).toBe('biudzhet-uchasti');
    expect(getSectionSlug('Місто легенд')).toBe('misto-lehend');
    expect(getSectionSlug('Онлайн трансляції')).toBe('onlain-transliatsii');
    expect(getSectionSlug('Чернігів, купуй рідне!')).toBe('chernihiv-kupui-ridne');
    expect(getSectionSlug('ОСББ')).toBe('osbb');
  });

  it('writes word-initial є, ї, й, ю, я and the apostrophe as the standard says', () => {
    expect(getSectionSlug('Юність Їжакевич')).toBe('yunist-yizhakevych');
    expect(getSectionSlug('Пʼять подвірʼїв')).toBe('piat-podviriv');
    expect(getSectionSlug('Згурівка')).toBe('zghurivka');
  });

  it('drops every apostrophe search and topics know, the acute accent typed for one included', () => {
    expect(APOSTROPHE_CHARS).toContain('\u00b4');
    for (const apostrophe of APOSTROPHE_CHARS) {
      expect(getSectionSlug(`П${apostrophe}ять`)).toBe('piat');
    }
  });

  it('keeps the address of every section of the demo feed', () => {
    const sections = new Set([...DEMO_ARTICLES, ...UPCOMING_ARTICLES].map((a) => a.category));
    expect([...sections].sort()).toEqual(Object.keys(DEMO_SECTION_SLUGS).sort());
    for (const [name, slug] of Object.entries(DEMO_SECTION_SLUGS)) {
      expect(getSectionSlug(name)).toBe(slug);
    }
  });

  it('keeps Latin letters and digits', () => {
    expect(getSectionSlug('COVID-19: вакцинація')).toBe('covid-19-vaktsynatsiia');
  });

  it('percent-encodes a name with nothing to romanise, so it still makes an address', () => {
    expect(getSectionSlug('新闻')).toBe('%E6%96%B0%E9%97%BB');
  });
});
