import { describe, expect, it } from 'vitest';
import { findEvent, type EventSource } from '../../../src/core/find-event';
import type { ArticleEvent } from '../../../src/core/types';

const ANNOUNCEMENTS = ['Анонси та оголошення'];
// Friday 13 November 2026, 10:30 in Kyiv (winter time, UTC+2).
const PUBLISHED = '2026-11-13T08:30:00.000Z';

/** An event with only the fields a row names; the rest empty, its text whatever it is. */
function event(startDate: string, fields: Partial<ArticleEvent> = {}): ArticleEvent {
  return {
    startDate,
    startTime: null,
    endDate: null,
    endTime: null,
    place: null,
    when: expect.any(String) as unknown as string,
    ...fields,
  };
}

/** An announcement whose lead is `lead`, published on PUBLISHED unless a row says otherwise. */
function source(lead: string, fields: Partial<EventSource> = {}): EventSource {
  return { title: '', lead, text: '', categories: ANNOUNCEMENTS, published: PUBLISHED, ...fields };
}

type Row = [name: string, input: EventSource, expected: ArticleEvent | null];

const EVENTS: Row[] = [
  [
    'a day, a time and an address in parentheses',
    source(
      '15 грудня о 10:00 у сесійній залі міської ради (вул. Магістратська, 7) відбудеться засідання сесії.',
    ),
    event('2026-12-15', { startTime: '10:00', place: 'вул. Магістратська, 7' }),
  ],
  [
    'a numeric date with its year and a time with a dot',
    source('Засідання виконавчого комітету відбудеться 15.12.2026 о 10.00.'),
    event('2026-12-15', { startTime: '10:00' }),
  ],
  [
    'a range of days across months, and a venue',
    source('Виставка триватиме з 30 листопада до 2 грудня у Центральній міській бібліотеці.'),
    event('2026-11-30', { endDate: '2026-12-02', place: 'у Центральній міській бібліотеці' }),
  ],
  [
    '«сьогодні»: the day of publication',
    source('Сьогодні о 15:00 у сквері біля Будинку культури відбудеться толока.'),
    event('2026-11-13', { startTime: '15:00', place: 'у сквері' }),
  ],
  [
    '«завтра», a dotted time and a square',
    source('Завтра о 10.30 на Красній площі розпочнеться ярмарок «Чернігів, купуй рідне!».'),
    event('2026-11-14', { startTime: '10:30', place: 'на Красній площі' }),
  ],
  [
    '«післязавтра»',
    source('Післязавтра о 12:00 відбудеться виїзний прийом громадян.'),
    event('2026-11-15', { startTime: '12:00' }),
  ],
  [
    '«сьогодні» counted in Kyiv: after 22:00 UTC it is the next day there',
    source('Сьогодні о 11:00 відбудеться толока в парку.', { published: '2026-11-13T23:30:00Z' }),
    event('2026-11-14', { startTime: '11:00', place: 'в парку' }),
  ],
  [
    '«завтра» counted in Kyiv in summer time (UTC+3)',
    source('Завтра о 9:00 стартує літній фестиваль.', { published: '2026-07-01T21:30:00Z' }),
    event('2026-07-03', { startTime: '09:00' }),
  ],
  [
    'a day with its year, «року»',
    source(
      'Громадські слухання відбудуться 5 грудня 2026 року о 15:00 в актовій залі міської ради.',
    ),
    event('2026-12-05', { startTime: '15:00', place: 'в актовій залі міської ради' }),
  ],
  [
    'a year written «р.»',
    source(
      'Урочистості з нагоди Дня міста відбудуться 12 вересня 2027 р. о 11:00 на Красній площі.',
    ),
    event('2027-09-12', { startTime: '11:00', place: 'на Красній площі' }),
  ],
  [
    'a range of days in one month, with a dash',
    source('28–30 листопада на Валу пройде фестиваль вуличної їжі.'),
    event('2026-11-28', { endDate: '2026-11-30' }),
  ],
  [
    'a range «з … по …»',
    source('З 2 по 8 грудня в ЦНАП працюватиме виїзний прийом.'),
    event('2026-12-02', { endDate: '2026-12-08', place: 'в ЦНАП' }),
  ],
  [
    'a range across the new year',
    source('Новорічний ярмарок працюватиме з 26 грудня до 7 січня на Красній площі.'),
    event('2026-12-26', { endDate: '2027-01-07', place: 'на Красній площі' }),
  ],
  [
    'a time range «з … до …»',
    source('Засідання комісії відбудеться 20 листопада з 10:00 до 13:00.'),
    event('2026-11-20', { startTime: '10:00', endTime: '13:00' }),
  ],
  [
    'a time range with dots and a dash',
    source('Прийом громадян проведуть 2 грудня, 14.00–17.00, за адресою: вул. Шевченка, 10.'),
    event('2026-12-02', { startTime: '14:00', endTime: '17:00', place: 'вул. Шевченка, 10' }),
  ],
  [
    'a day without a year in January, announced in November: next year',
    source('5 січня о 11:00 відбудеться різдвяний концерт.'),
    event('2027-01-05', { startTime: '11:00' }),
  ],
  [
    'the day in the title, the time and place in the lead',
    source('Засідання розпочнеться о 10:00 у сесійній залі на вул. Магістратській, 7.', {
      title: '20 листопада — пленарне засідання сесії міської ради',
    }),
    event('2026-11-20', { startTime: '10:00', place: 'вул. Магістратській, 7' }),
  ],
  [
    'the time in the next clause',
    source('Нарада відбудеться 18.11.2026; початок о 9:30.'),
    event('2026-11-18', { startTime: '09:30' }),
  ],
  [
    '«завтра» and the date it is, together',
    source('Завтра, 14 листопада, о 10:00 у малій залі міської ради відбудеться зустріч.'),
    event('2026-11-14', { startTime: '10:00', place: 'у малій залі міської ради' }),
  ],
  [
    'an invitation, a time and a named venue',
    source('Запрошуємо на концерт 22 листопада о 18:00 у Чернігівській обласній філармонії.'),
    event('2026-11-22', { startTime: '18:00', place: 'у Чернігівській обласній філармонії' }),
  ],
  [
    'a gathering point with no venue word',
    source('Збір учасників толоки — 21 листопада о 9.00 біля входу до парку.'),
    event('2026-11-21', { startTime: '09:00' }),
  ],
  ['no time at all', source('Відкриття ковзанки відбудеться 1 грудня.'), event('2026-12-01')],
  [
    'a venue after an adjective',
    source('Турнір з шахів пройде 6 грудня у шаховому клубі «Дебют».'),
    event('2026-12-06', { place: 'у шаховому клубі «Дебют»' }),
  ],
  [
    'a session with its number, which is no date',
    source('Пленарне засідання 42-ї сесії міської ради відбудеться 18 грудня 2026 року о 10:00.'),
    event('2026-12-18', { startTime: '10:00' }),
  ],
  [
    'a weekday beside the date',
    source('У понеділок, 16 листопада, о 10:00 відбудеться нарада з керівниками ОСББ.'),
    event('2026-11-16', { startTime: '10:00' }),
  ],
  [
    'an hour in words, «о 18 годині»',
    source('Зустріч з мешканцями відбудеться 3 грудня о 18 годині в укритті школи № 5.'),
    event('2026-12-03', { startTime: '18:00', place: 'в укритті школи' }),
  ],
  [
    'a document date before the event’s',
    source(
      'Відповідно до розпорядження від 12 листопада 2026 року № 214-р 20 листопада о 10:00 відбудеться засідання.',
    ),
    event('2026-11-20', { startTime: '10:00' }),
  ],
  [
    'a deadline after the event, in the same lead',
    source('Слухання розпочнуться 5 листопада о 15:00; пропозиції приймають до 4 листопада.', {
      published: '2026-10-26T07:00:00Z',
    }),
    event('2026-11-05', { startTime: '15:00' }),
  ],
  [
    'a news article whose lead opens with the event',
    source('15 грудня о 10:00 у сесійній залі відбудеться засідання сесії.', {
      categories: ['Новини'],
    }),
    event('2026-12-15', { startTime: '10:00', place: 'у сесійній залі' }),
  ],
  [
    'the place from the body, where the day is named again',
    source('Засідання розпочнеться о 10:00.', {
      title: '25 листопада — засідання виконавчого комітету',
      text: '25 листопада о 10:00 у малій залі міської ради (вул. Магістратська, 7, 2-й поверх) відбудеться засідання. Серед питань — опалення.',
    }),
    event('2026-11-25', { startTime: '10:00', place: 'вул. Магістратська, 7' }),
  ],
];

const NOTHING: Row[] = [
  ['a deadline', source('Документи приймаються до 30 листопада 2026 року включно.'), null],
  ['a decision’s date', source('Рішення від 20.11.2026 № 41/VIII-1 оприлюднено на порталі.'), null],
  ['«сьогодні» in the past tense', source('Сьогодні відбулося пленарне засідання сесії.'), null],
  ['a day in a report', source('20 листопада депутати ухвалили зміни до бюджету.'), null],
  ['an open start of new tariffs', source('Тарифи застосовуватимуться з 1 січня 2027 року.'), null],
  ['a weekly timetable', source('Прийом громадян щовівторка з 10:00 до 16:00.'), null],
  ['a schedule of days', source('Особистий прийом: 6 і 20 листопада, 10:00–13:00.'), null],
  ['a meeting moved', source('Засідання, заплановане на 15 грудня, перенесено.'), null],
  ['a concert cancelled', source('Концерт 22 листопада скасовано через повітряну тривогу.'), null],
  ['a daily hotline', source('Гаряча лінія працює щодня з 8:00 до 20:00.'), null],
  [
    'proposals until a day',
    source('Пропозиції приймаються до 4 листопада включно в приймальні громадян.'),
    null,
  ],
  [
    'an order’s date and number',
    source('Розпорядження міського голови від 12 листопада 2026 року № 214-р.'),
    null,
  ],
  ['a birthday in a biography', source('Ветеран народився 15 грудня 1950 року.'), null],
  [
    'a report published on a day',
    source('Звіт про виконання бюджету оприлюднено 20 жовтня.'),
    null,
  ],
  ['an exhibition that was', source('Виставка працювала з 1 по 15 жовтня.'), null],
  [
    'a meeting that was, with its time',
    source('Засідання відбулося 20 листопада о 10:00 у сесійній залі.'),
    null,
  ],
  ['tariffs in force from a day', source('Нові тарифи діють з 1 грудня.'), null],
  [
    'a count as of a day',
    source('Станом на 1 листопада в місті працює 41 пункт незламності.'),
    null,
  ],
  ['no day at all', source('Засідання відбудеться найближчим часом.'), null],
  ['a season that began', source('Опалювальний сезон розпочався 25 жовтня.'), null],
  [
    'results of a meeting on a day',
    source('Депутати розглянули 22 питання.', { title: 'Підсумки засідання 20 листопада' }),
    null,
  ],
  [
    'a news article whose lead reports the past',
    source('Сьогодні о 10:00 відбулося засідання сесії.', { categories: ['Новини'] }),
    null,
  ],
  [
    'a news article whose lead does not open with a day',
    source('Депутати зберуться 15 грудня о 10:00 на засідання.', { categories: ['Новини'] }),
    null,
  ],
  [
    'a day without a year and no publication date to place it',
    source('15 грудня о 10:00 відбудеться засідання сесії.', { published: null }),
    null,
  ],
  ['a day that does not exist', source('Засідання відбудеться 31 листопада о 10:00.'), null],
];

describe('findEvent, on sentences in the portal’s style', () => {
  it('has a table of at least 40 sentences', () => {
    expect(EVENTS.length + NOTHING.length).toBeGreaterThanOrEqual(40);
  });

  it.each(EVENTS)('finds the event: %s', (_name, input, expected) => {
    expect(findEvent(input)).toEqual(expected);
  });

  it.each(NOTHING)('gives nothing for %s', (_name, input) => {
    expect(findEvent(input)).toBeNull();
  });

  it.each([
    ['15 грудня о 10:00 відбудеться засідання.', '15 грудня, 10:00'],
    ['Засідання комісії відбудеться 20 листопада з 10:00 до 13:00.', '20 листопада, 10:00–13:00'],
    ['Виставка триватиме з 30 листопада до 2 грудня.', '30 листопада – 2 грудня'],
    ['28–30 листопада пройде фестиваль.', '28–30 листопада'],
    ['Ярмарок працюватиме з 26 грудня до 7 січня.', '26 грудня – 7 січня'],
  ])('writes when «%s» is as «%s»', (lead, when) => {
    expect(findEvent(source(lead))?.when).toBe(when);
  });

  it('gives a date with its year even when the article has no publication date', () => {
    expect(
      findEvent(source('Засідання відбудеться 15.12.2026 о 10:00.', { published: null })),
    ).toEqual(event('2026-12-15', { startTime: '10:00' }));
  });
});
