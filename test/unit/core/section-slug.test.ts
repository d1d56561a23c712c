import { describe, expect, it } from 'vitest';
import { getSectionSlug } from '../../../src/core/section-slug';

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

  it('keeps Latin letters and digits', () => {
    expect(getSectionSlug('COVID-19: вакцинація')).toBe('covid-19-vaktsynatsiia');
  });

  it('percent-encodes a name with nothing to romanise, so it still makes an address', () => {
    expect(getSectionSlug('新闻')).toBe('%E6%96%B0%E9%97%BB');
  });
});
