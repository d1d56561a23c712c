import { describe, expect, it } from 'vitest';
import { findFirstImage, isImageFile } from '../../../src/feed/images';

describe('findFirstImage', () => {
  it('finds the first img that has a source, with its alt decoded', () => {
    const html =
      '<p><img alt="без джерела"><img src="a.jpg?w=1&amp;h=2" alt="Фото &laquo;Вал&raquo;"></p>';
    expect(findFirstImage(html)).toEqual({ url: 'a.jpg?w=1&h=2', alt: 'Фото «Вал»' });
  });

  it('finds nothing in HTML without images', () => {
    expect(findFirstImage('<p>Текст</p>')).toBeNull();
  });
});

describe('isImageFile', () => {
  it('trusts a declared medium over type and extension', () => {
    expect(isImageFile('a.jpg', 'image/jpeg', 'video')).toBe(false);
  });

  it('accepts an image MIME type', () => {
    expect(isImageFile('https://x.example/get?id=5', 'image/webp')).toBe(true);
  });

  it('accepts an image extension when the type is missing or wrong', () => {
    expect(isImageFile('https://x.example/a.PNG?v=2', 'application/octet-stream')).toBe(true);
  });

  it('rejects a document', () => {
    expect(isImageFile('https://x.example/r.pdf', 'application/pdf')).toBe(false);
  });
});
