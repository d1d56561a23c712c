import { describe, expect, it } from 'vitest';
import {
  getImageId,
  getRenditionPath,
  IMAGE_RENDITIONS_META,
  IMAGE_RENDITIONS_META_NAME,
  listStandInPaths,
  parseRenditionPath,
  RENDITIONS,
} from '../../../src/core/image-renditions';

const PHOTO = 'https://rada.example/uploads/photo 1.jpg?size=large';

describe('rendition paths', () => {
  it('name a same-origin path by rendition, a short id of the URL and the format', () => {
    expect(getRenditionPath(PHOTO, 'thumb', 'webp')).toMatch(/^\/img\/thumb\/[0-9a-z]{14}\.webp$/);
    expect(getRenditionPath(PHOTO, 'w720', 'jpeg')).toMatch(/^\/img\/w720\/[0-9a-z]{14}\.jpg$/);
    expect(getRenditionPath(PHOTO, 'preview', 'jpeg')).toMatch(
      /^\/img\/preview\/[0-9a-z]{14}\.jpg$/,
    );
  });

  it('give one photo one id in every rendition, and another photo another', () => {
    const id = getImageId(PHOTO)!;
    expect(getRenditionPath(PHOTO, 'w360', 'webp')).toContain(`/${id}.`);
    expect(getRenditionPath(PHOTO, 'preview', 'jpeg')).toContain(`/${id}.`);
    expect(getImageId('https://rada.example/uploads/photo-2.jpg')).not.toBe(id);
  });

  it('keep a recorded id unchanged, because pages, caches and the static export carry it', () => {
    expect(getImageId('https://rada.example/uploads/1.jpg')).toMatchInlineSnapshot(
      `"1yx3dyw1c7uhqo"`,
    );
  });

  it('hash the URL as a browser reads it, so spelling differences do not split a photo', () => {
    expect(getImageId(' https://RADA.example/a b.jpg ')).toBe(
      getImageId('https://rada.example/a%20b.jpg'),
    );
  });

  it('are null for what no server can fetch: relative, data: and garbage URLs', () => {
    for (const src of ['/uploads/1.jpg', 'data:image/png;base64,AAAA', 'javascript:x', '', '::']) {
      expect(getRenditionPath(src, 'thumb', 'webp')).toBeNull();
    }
  });

  it('read back what they name, and nothing else', () => {
    const id = getImageId(PHOTO)!;
    expect(parseRenditionPath('w1080', `${id}.webp`)).toEqual({
      rendition: 'w1080',
      format: 'webp',
      id,
    });
    expect(parseRenditionPath('thumb', `${id}.jpg`)).toEqual({
      rendition: 'thumb',
      format: 'jpeg',
      id,
    });
    for (const [rendition, file] of [
      ['preview', `${id}.webp`],
      ['w9999', `${id}.webp`],
      ['constructor', `${id}.webp`],
      ['thumb', `${id}.png`],
      ['thumb', '../../etc/passwd'],
      ['thumb', `${id}.webp/..`],
      ['thumb', `${id.toUpperCase()}.webp`],
      ['thumb', `${id}x.webp`],
    ]) {
      expect(parseRenditionPath(rendition!, file!)).toBeNull();
    }
  });
});

describe('the renditions', () => {
  it('are the card thumbnail at 2×, three widths and the 1200×630 link preview', () => {
    expect(RENDITIONS.thumb).toMatchObject({ width: 272, height: 192 });
    expect([RENDITIONS.w360, RENDITIONS.w720, RENDITIONS.w1080]).toEqual([
      { width: 360, height: null, formats: ['webp', 'jpeg'] },
      { width: 720, height: null, formats: ['webp', 'jpeg'] },
      { width: 1080, height: null, formats: ['webp', 'jpeg'] },
    ]);
    expect(RENDITIONS.preview).toEqual({ width: 1200, height: 630, formats: ['jpeg'] });
  });

  it('are declared by one meta tag that a page head can carry', () => {
    expect(IMAGE_RENDITIONS_META).toBe(`<meta name="${IMAGE_RENDITIONS_META_NAME}" content="on">`);
  });
});

describe('stand-ins', () => {
  const id = getImageId(PHOTO)!;

  it('offer the other sizes of the same photo, the nearest first, never the preview', () => {
    const standIns = listStandInPaths(`/img/w1080/${id}.webp`);
    expect(standIns[0]).toBe(`/img/w720/${id}.webp`);
    expect(standIns).toContain(`/img/w1080/${id}.jpg`);
    expect(standIns).toContain(`/img/thumb/${id}.webp`);
    expect(standIns).not.toContain(`/img/w1080/${id}.webp`);
    expect(standIns.some((path) => path.includes('preview'))).toBe(false);
    expect(listStandInPaths(`/img/thumb/${id}.webp`)[0]).toBe(`/img/thumb/${id}.jpg`);
  });

  it('are none for what is no rendition', () => {
    expect(listStandInPaths('/demo-media/a.jpg')).toEqual([]);
    expect(listStandInPaths(`/img/thumb/${id}.png`)).toEqual([]);
  });
});
