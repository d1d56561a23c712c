import { describe, expect, it } from 'vitest';
import { parseSiteOrigin } from '../../../src/core/site-origin';

describe('parseSiteOrigin', () => {
  it('takes a site’s root address, with or without its slash', () => {
    expect(parseSiteOrigin('https://news.example.gov.ua')).toBe('https://news.example.gov.ua');
    expect(parseSiteOrigin('http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080');
    expect(parseSiteOrigin('HTTPS://News.Example.gov.ua:443/')).toBe('https://news.example.gov.ua');
  });

  it('refuses what is no web site’s root', () => {
    for (const value of [
      'news.example.gov.ua',
      'ftp://news.example.gov.ua',
      'https://news.example.gov.ua/app',
      'https://news.example.gov.ua/?utm_source=x',
      'https://news.example.gov.ua/#top',
      'https://user:secret@news.example.gov.ua',
      'javascript:alert(1)',
    ]) {
      expect(parseSiteOrigin(value), value).toBeNull();
    }
  });
});
