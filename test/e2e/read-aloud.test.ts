import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LIVE_APP, launchBrowser, newPhoneContext, openList } from './helpers';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

interface StubVoice {
  name: string;
  lang: string;
}

/**
 * Gives the page's speechSynthesis these voices (the test machine's Chromium may have none, or
 * others) and records what it is asked to say, in window.__speech, instead of saying it.
 */
async function openArticleWithVoices(voices: StubVoice[]): Promise<Page> {
  const context = await newPhoneContext(browser, baseUrl);
  await context.addInitScript((list: StubVoice[]) => {
    const spoken: { text: string; lang: string }[] = [];
    const state = { spoken, voicesAsked: 0 };
    Object.assign(window, { __speech: state });
    const synth = window.speechSynthesis;
    synth.getVoices = () => {
      state.voicesAsked++;
      return list.map((voice) => ({
        ...voice,
        voiceURI: voice.name,
        default: false,
        localService: true,
      }));
    };
    synth.speak = (utterance) => void spoken.push({ text: utterance.text, lang: utterance.lang });
    synth.cancel = () => {};
    // A real utterance takes only the browser's own voice objects, which a stub cannot make.
    Object.assign(window, {
      SpeechSynthesisUtterance: class {
        lang = '';
        rate = 1;
        voice: unknown = null;
        constructor(public text: string) {}
      },
    });
  }, voices);
  const page = await context.newPage();
  await openList(page);
  await page.locator('.news-list .card__link').first().click();
  await page.locator(`${LIVE_APP} .article-body`).waitFor();
  return page;
}

describe('reading an article aloud', () => {
  it('offers no «Прослухати» on a device without a Ukrainian voice', async () => {
    const page = await openArticleWithVoices([{ name: 'Samantha', lang: 'en-US' }]);
    // The voices are read in an effect after the article shows: once asked, the next frames
    // show whatever the answer makes of the page.
    await page.waitForFunction(
      () => (window as unknown as { __speech: { voicesAsked: number } }).__speech.voicesAsked > 0,
    );
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    await page.locator(`${LIVE_APP} .article__meta`).waitFor();
    expect(await page.getByRole('button', { name: 'Прослухати' }).count()).toBe(0);
    await page.context().close();
  });

  it('offers it with one, and reads the title first, in Ukrainian, highlighted', async () => {
    const page = await openArticleWithVoices([
      { name: 'Samantha', lang: 'en-US' },
      { name: 'Lesya', lang: 'uk-UA' },
    ]);
    const listen = page.getByRole('button', { name: 'Прослухати' });
    await listen.click();
    const title = await page.locator('h1.article__title').textContent();
    const spoken = await page.evaluate(
      () =>
        (window as unknown as { __speech: { spoken: { text: string; lang: string }[] } }).__speech
          .spoken,
    );
    expect(spoken[0]).toEqual({ text: title!.trim(), lang: 'uk-UA' });
    await expect(page.locator('h1.is-read-aloud').count()).resolves.toBe(1);
    await page.getByRole('region', { name: 'Читання вголос' }).waitFor();
    await page.getByRole('button', { name: 'Зупинити' }).click();
    await listen.waitFor();
    await page.context().close();
  });
});
