// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/preact-query';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useRef } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDocumentPath } from '../../../src/core/document-files';
import { uk } from '../../../src/core/i18n/uk';
import { ukScreens } from '../../../src/core/i18n/uk-screens';
import type { ArticleAttachment } from '../../../src/core/types';
import { keptDocumentsQuery } from '../../../src/data/documents';
import { ArticleDocuments, formatDocumentSize } from '../../../src/ui/components/article-documents';

const DECISION: ArticleAttachment = {
  url: 'https://rada.example/files/rishennia.pdf',
  title: 'Рішення № 41/VIII-1',
  mimeType: 'application/pdf',
  sizeBytes: 240 * 1024,
};
const FORM: ArticleAttachment = {
  url: 'https://rada.example/files/forma.docx',
  title: 'Форма заяви',
  mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  sizeBytes: null,
};
const PLAN: ArticleAttachment = {
  url: 'https://rada.example/files/plan',
  title: 'План',
  mimeType: '',
  sizeBytes: 1_300_000,
};
const ATTACHMENTS = [DECISION, FORM, PLAN];

function Article({ isServedHere }: { isServedHere: boolean }) {
  const body = useRef<HTMLDivElement>(null);
  return (
    <article>
      <div ref={body} class="article-body">
        <p>
          Текст рішення: <a href={DECISION.url}>рішення</a>, а також{' '}
          <a href="https://rada.example/news/1">інша новина</a>.
        </p>
      </div>
      <ArticleDocuments
        attachments={ATTACHMENTS}
        body={body}
        bodyHtml=""
        isServedHere={isServedHere}
      />
    </article>
  );
}

let container: HTMLElement;
let client: QueryClient;
let isOnline: boolean;

// Where the site's server serves documents: the PDF and the DOCX, not the file of no known kind.
const SERVED = [getDocumentPath(DECISION)!, getDocumentPath(FORM)!, PLAN.url];

function show(kept: string[], isServedHere = false): void {
  const hrefs = isServedHere ? SERVED : ATTACHMENTS.map((a) => a.url);
  client.setQueryData(keptDocumentsQuery(hrefs).queryKey, new Set(kept));
  act(() =>
    render(
      <QueryClientProvider client={client}>
        <Article isServedHere={isServedHere} />
      </QueryClientProvider>,
      container,
    ),
  );
}

function goOffline(): void {
  isOnline = false;
  act(() => void window.dispatchEvent(new Event('offline')));
}

/** A service worker controls the page (jsdom has none). */
function controlByWorker(): void {
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: { controller: {} },
  });
}

const rows = () => [...container.querySelectorAll<HTMLAnchorElement>('.documents a')];
const clickOn = (link: HTMLAnchorElement) => {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
  act(() => void link.dispatchEvent(event));
  return event;
};

beforeEach(() => {
  isOnline = true;
  vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => isOnline);
  client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  act(() => render(null, container));
  container.remove();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  delete (navigator as { serviceWorker?: unknown }).serviceWorker;
});

describe('the «Документи» block', () => {
  it('lists each file as a link named by its title, type and size', () => {
    show([]);
    expect(container.querySelector('h2')?.textContent).toBe('Документи');
    expect(rows().map((link) => link.textContent)).toEqual([
      'PDFРішення № 41/VIII-1, PDF, 240 КБ',
      'DOCXФорма заяви, DOCX',
      'План, Файл, 1,2 МБ',
    ]);
    expect(rows().map((link) => link.href)).toEqual(ATTACHMENTS.map((a) => a.url));
    expect(rows().every((link) => link.target === '_blank')).toBe(true);
  });

  it('draws the type as a picture that screen readers skip, the name saying it instead', () => {
    show([]);
    const icon = rows()[0]!.querySelector('.document__icon')!;
    expect(icon.getAttribute('aria-hidden')).toBe('true');
    expect(icon.classList.contains('document__icon--pdf')).toBe(true);
    expect(rows()[1]!.querySelector('.document__icon--text')).not.toBeNull();
  });

  it('says before the tap that a file it does not keep needs the internet, once offline', () => {
    show([DECISION.url]);
    expect(container.textContent).not.toContain('Доступно лише з інтернетом');
    goOffline();
    expect(rows().map((link) => link.getAttribute('aria-disabled'))).toEqual([
      null,
      'true',
      'true',
    ]);
    expect(rows()[1]!.textContent).toContain(ukScreens.documentOnlineOnly);
    expect(clickOn(rows()[1]!).defaultPrevented).toBe(true);
  });

  it('opens the kept copy from the service worker, online or not', () => {
    vi.stubGlobal('open', vi.fn());
    controlByWorker();
    show([DECISION.url]);
    goOffline();
    expect(clickOn(rows()[0]!).defaultPrevented).toBe(true);
    expect(window.open).toHaveBeenCalledWith(
      `/__kept-document?url=${encodeURIComponent(DECISION.url)}`,
      '_blank',
      'noopener',
    );
  });

  it('recognises the body’s link to the same file as that file', () => {
    vi.stubGlobal('open', vi.fn());
    controlByWorker();
    show([]);
    goOffline();
    const [inBody, other] = [...container.querySelectorAll<HTMLAnchorElement>('.article-body a')];
    expect(inBody!.getAttribute('aria-disabled')).toBe('true');
    expect(inBody!.title).toBe(ukScreens.documentOnlineOnly);
    expect(other!.hasAttribute('aria-disabled')).toBe(false);
    expect(clickOn(inBody!).defaultPrevented).toBe(true);
  });

  it('links the files the site’s server serves at their address there, the body’s link too', () => {
    show([], true);
    expect(SERVED[0]).toMatch(/^\/doc\/[0-9a-z]{14}\.pdf$/);
    expect(SERVED[1]).toMatch(/^\/doc\/[0-9a-z]{14}\.docx$/);
    expect(rows().map((link) => link.getAttribute('href'))).toEqual(SERVED);
    const [inBody, other] = [...container.querySelectorAll<HTMLAnchorElement>('.article-body a')];
    expect(inBody!.getAttribute('href')).toBe(SERVED[0]);
    expect(other!.getAttribute('href')).toBe('https://rada.example/news/1');
  });

  it('opens the kept copy of a served file by its whole address on this origin', () => {
    vi.stubGlobal('open', vi.fn());
    controlByWorker();
    show([SERVED[0]!], true);
    goOffline();
    const [inBody] = [...container.querySelectorAll<HTMLAnchorElement>('.article-body a')];
    expect(inBody!.hasAttribute('aria-disabled')).toBe(false);
    expect(rows()[1]!.getAttribute('aria-disabled')).toBe('true');
    expect(clickOn(inBody!).defaultPrevented).toBe(true);
    expect(window.open).toHaveBeenCalledWith(
      `/__kept-document?url=${encodeURIComponent(`${location.origin}${SERVED[0]}`)}`,
      '_blank',
      'noopener',
    );
  });

  it('lets a modified click open the file where the browser puts it', () => {
    show([DECISION.url]);
    const event = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true });
    act(() => void rows()[0]!.dispatchEvent(event));
    expect(event.defaultPrevented).toBe(false);
  });
});

describe('formatDocumentSize', () => {
  it.each([
    [30_211, '30 КБ'],
    [100, '1 КБ'],
    [240 * 1024, '240 КБ'],
    [Math.round(1.2 * 1024 * 1024), '1,2 МБ'],
    [2 * 1024 * 1024, '2 МБ'],
  ])('writes %i bytes as «%s»', (bytes, text) => {
    expect(formatDocumentSize(bytes, ukScreens, uk.locale)).toBe(text);
  });
});
