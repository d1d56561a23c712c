import { describe, expect, it } from 'vitest';
import type { TextMark } from '../../../src/search/highlight';
import { toSearchDocument, type SearchDocument } from '../../../src/search/search-document';
import { createSearchIndex, putDocuments, removeDocuments } from '../../../src/search/search-index';
import { searchDocuments } from '../../../src/search/search-query';

function doc(key: string, title: string, text: string, date = '2026-03-01T09:00:00.000Z') {
  return { key, title, text, date, category: 'Новини' } satisfies SearchDocument;
}

function marked(text: string, marks: TextMark[]): string[] {
  return marks.map((mark) => text.slice(mark.start, mark.end));
}

const DOCUMENTS = [
  doc(
    'water',
    'Графік подачі води',
    'КП «Чернігівводоканал» повідомляє про відключення водопостачання на вулиці Магістратській.',
    '2026-03-02T09:00:00.000Z',
  ),
  doc(
    'budget',
    'Бюджет участі: прийом проєктів',
    'Пресслужба міської ради нагадує: проекти приймають до 10 липня.',
    '2026-03-03T09:00:00.000Z',
  ),
  doc(
    'decision',
    'Рішення сесії',
    'Ухвалено рішення № 41/VIII-1 про п’ять нових укриттів.',
    '2026-03-04T09:00:00.000Z',
  ),
  doc(
    'press',
    'Прес-служба повідомляє',
    'Зустріч з мешканцями відбудеться у пʼятницю.',
    '2026-03-05T09:00:00.000Z',
  ),
];

describe('offline search', () => {
  const index = createSearchIndex(DOCUMENTS);
  const keys = (query: string) => searchDocuments(index, query).hits.map((hit) => hit.key);

  it('finds a word whatever its case', () => {
    expect(keys('ГРАФІК')).toEqual(['water']);
  });

  it('finds a word in the body by the start of it, as it is being typed', () => {
    expect(keys('водопост')).toEqual(['water']);
  });

  it('finds inflected forms by their stem', () => {
    expect(keys('воду')).toEqual(['water']);
  });

  it('matches the apostrophe variants with each other', () => {
    expect(keys("п'ять")).toEqual(['decision']);
    expect(keys('пʼятниця')).toEqual(['press']);
    expect(keys('п’ятницю ')).toEqual(['press']);
  });

  it('finds hyphenated and solid spellings with either', () => {
    expect(keys('пресслужба').sort()).toEqual(['budget', 'press']);
    expect(keys('прес-служба').sort()).toEqual(['budget', 'press']);
  });

  it('finds «проект» and «проєкт» with either', () => {
    expect(keys('проєкти')).toEqual(['budget']);
    expect(keys('проекти')).toEqual(['budget']);
  });

  it('requires every word of the query', () => {
    expect(keys('рішення укриттів')).toEqual(['decision']);
    expect(keys('рішення водопостачання')).toEqual([]);
  });

  it('finds a decision number literally, spaces and look-alike letters aside', () => {
    expect(keys('№41/VIII-1')).toEqual(['decision']);
    expect(keys('41/VІІІ-1')).toEqual(['decision']);
  });

  it('ranks a title match above a body match', () => {
    const ranked = createSearchIndex([
      doc(
        'body',
        'Новини міста',
        'Сьогодні говорили про тариф на воду.',
        '2026-03-09T09:00:00.000Z',
      ),
      doc('title', 'Новий тариф на воду', 'Рішення виконкому.', '2026-03-01T09:00:00.000Z'),
    ]);
    expect(searchDocuments(ranked, 'тариф').hits.map((hit) => hit.key)).toEqual(['title', 'body']);
  });

  it('puts the newer of two equally relevant articles first', () => {
    const ranked = createSearchIndex([
      doc('old', 'Сирени', 'Перевірка.', '2026-01-01T09:00:00.000Z'),
      doc('new', 'Сирени', 'Перевірка.', '2026-03-01T09:00:00.000Z'),
    ]);
    expect(searchDocuments(ranked, 'сирени').hits.map((hit) => hit.key)).toEqual(['new', 'old']);
  });

  it('counts every match and returns at most the limit', () => {
    const many = createSearchIndex(
      Array.from({ length: 30 }, (_, i) => doc(`k${i}`, `Оголошення ${i}`, 'Текст.')),
    );
    const results = searchDocuments(many, 'оголошення', 10);
    expect(results.total).toBe(30);
    expect(results.hits).toHaveLength(10);
  });

  it('answers nothing for a one-letter query', () => {
    expect(searchDocuments(index, 'в')).toEqual({ total: 0, hits: [] });
  });

  it('highlights the matched words in the title and the snippet', () => {
    const [hit] = searchDocuments(index, 'водопост').hits;
    expect(marked(hit!.snippet, hit!.snippetMarks)).toEqual(['водопостачання']);
    const [titleHit] = searchDocuments(index, 'рішення').hits;
    expect(marked(titleHit!.title, titleHit!.titleMarks)).toEqual(['Рішення']);
    expect(marked(titleHit!.snippet, titleHit!.snippetMarks)).toEqual(['рішення']);
  });

  it('highlights a literal number', () => {
    const [hit] = searchDocuments(index, '№ 41/VIII-1').hits;
    expect(marked(hit!.snippet, hit!.snippetMarks)).toContain('№ 41/VIII-1');
  });

  it('cuts a long body to a snippet around the first match', () => {
    const long =
      'Вступ. '.repeat(100) + 'Тут сказано про укриття для мешканців. ' + 'Кінець. '.repeat(100);
    const [hit] = searchDocuments(createSearchIndex([doc('long', 'Довга', long)]), 'укриття').hits;
    expect(hit!.snippet.length).toBeLessThan(260);
    expect(hit!.snippet.startsWith('…')).toBe(true);
    expect(marked(hit!.snippet, hit!.snippetMarks)).toEqual(['укриття']);
  });

  it('follows updates and removals', () => {
    const live = createSearchIndex(DOCUMENTS);
    putDocuments(live, [doc('water', 'Графік подачі тепла', 'Тепло дадуть завтра.')]);
    expect(searchDocuments(live, 'води').hits).toEqual([]);
    expect(searchDocuments(live, 'тепла').hits.map((hit) => hit.key)).toEqual(['water']);
    removeDocuments(live, ['water', 'unknown']);
    expect(searchDocuments(live, 'тепла').hits).toEqual([]);
  });
});

describe('search documents', () => {
  it('take the plain text of the body, entities decoded', () => {
    const document = toSearchDocument({
      key: 'k',
      title: 'Заголовок',
      contentHtml: '<p>Перший&nbsp;абзац &laquo;цитата&raquo;</p><p>Другий<br>рядок &#8470; 5</p>',
      summary: '',
      published: '2026-03-01T09:00:00.000Z',
      updated: null,
      firstSeen: '2026-03-01T10:00:00.000Z',
      categories: ['Новини', 'Документи'],
    });
    expect(document.text).toBe('Перший\u00a0абзац «цитата» Другий рядок № 5');
    expect(document.category).toBe('Новини');
  });
});
