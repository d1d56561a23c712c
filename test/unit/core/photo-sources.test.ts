import { describe, expect, it } from 'vitest';
import { listArticleImageUrls, listShownImageUrls } from '../../../src/core/article-image-urls';
import { getImageId, getThumbnailSrc } from '../../../src/core/image-renditions';
import { getLeadPhotoSources } from '../../../src/core/photo-sources';

const LEAD = 'https://rada.example/uploads/lead.jpg';
const BODY = 'https://rada.example/uploads/body.jpg';
const SITE = 'https://vistky.example';
const id = getImageId(LEAD)!;

const article = {
  url: 'https://rada.example/news/1',
  image: { url: LEAD, alt: 'Міст' },
  contentHtml: `<p>Текст</p><img src="${BODY}" alt="">`,
};

describe('a card thumbnail', () => {
  it('is the sized WebP where the server makes renditions', () => {
    expect(getThumbnailSrc(LEAD, true)).toBe(`/img/thumb/${id}.webp`);
  });

  it("is the feed's photo where it does not, or when the photo has no absolute URL", () => {
    expect(getThumbnailSrc(LEAD, false)).toBe(LEAD);
    expect(getThumbnailSrc('lead.jpg', true)).toBe('lead.jpg');
  });
});

describe('the lead photo of an article', () => {
  it('offers three widths in WebP and JPEG, with the middle one as the fallback', () => {
    expect(getLeadPhotoSources(LEAD, false)).toEqual({
      webpSrcset: `/img/w360/${id}.webp 360w, /img/w720/${id}.webp 720w, /img/w1080/${id}.webp 1080w`,
      jpegSrcset: `/img/w360/${id}.jpg 360w, /img/w720/${id}.jpg 720w, /img/w1080/${id}.jpg 1080w`,
      src: `/img/w720/${id}.jpg`,
      sizes: '(min-width: 48rem) 744px, 100vw',
    });
  });

  it('offers only the smallest width under the data saver', () => {
    const sources = getLeadPhotoSources(LEAD, true)!;
    expect(sources.webpSrcset).toBe(`/img/w360/${id}.webp 360w`);
    expect(sources.src).toBe(`/img/w360/${id}.jpg`);
  });

  it('has no renditions without an absolute URL', () => {
    expect(getLeadPhotoSources('lead.jpg', false)).toBeNull();
  });
});

describe('the photos the screens request', () => {
  it("are the feed's photos where the server makes no renditions", () => {
    expect(listShownImageUrls(article, null)).toEqual(listArticleImageUrls(article));
    expect(listShownImageUrls(article, null)).toEqual([LEAD, BODY]);
  });

  it("are the lead photo's thumbnail and warmed width on the site, and the body's photos", () => {
    expect(listShownImageUrls(article, SITE)).toEqual([
      `${SITE}/img/thumb/${id}.webp`,
      `${SITE}/img/w720/${id}.webp`,
      BODY,
    ]);
  });

  it("leave out the lead photo's width when the body shows the photo itself", () => {
    const inBody = { ...article, contentHtml: `<img src="${LEAD}">` };
    expect(listShownImageUrls(inBody, SITE)).toEqual([`${SITE}/img/thumb/${id}.webp`, LEAD]);
  });

  it("are the feed's photos for an article without a lead photo", () => {
    const bare = { ...article, image: null };
    expect(listShownImageUrls(bare, SITE)).toEqual([BODY]);
  });
});
