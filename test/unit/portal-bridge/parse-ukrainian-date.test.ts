import { describe, expect, it } from 'vitest';
import { parseUkrainianDate } from '../../../src/portal-bridge/parse-ukrainian-date';

describe('parseUkrainianDate', () => {
  it.each([
    ['15 січня 2026 р.', '2026-01-15T00:00:00+02:00'],
    ['15 лютого 2026 р.', '2026-02-15T00:00:00+02:00'],
    ['15 березня 2026 р.', '2026-03-15T00:00:00+02:00'],
    ['15 квітня 2026 р.', '2026-04-15T00:00:00+03:00'],
    ['15 травня 2026 р.', '2026-05-15T00:00:00+03:00'],
    ['15 червня 2026 р.', '2026-06-15T00:00:00+03:00'],
    ['15 липня 2026 р.', '2026-07-15T00:00:00+03:00'],
    ['15 серпня 2026 р.', '2026-08-15T00:00:00+03:00'],
    ['15 вересня 2026 р.', '2026-09-15T00:00:00+03:00'],
    ['15 жовтня 2026 р.', '2026-10-15T00:00:00+03:00'],
    ['15 листопада 2026 р.', '2026-11-15T00:00:00+02:00'],
    ['15 грудня 2026 р.', '2026-12-15T00:00:00+02:00'],
  ])('reads the genitive month in «%s»', (text, iso) => {
    expect(parseUkrainianDate(text)).toBe(iso);
  });

  it('reads the seed article date line as Kyiv summer time', () => {
    expect(parseUkrainianDate('30 березня 2018 р.')).toBe('2018-03-30T00:00:00+03:00');
  });

  it('reads numeric dates with dots or slashes', () => {
    expect(parseUkrainianDate('30.03.2018')).toBe('2018-03-30T00:00:00+03:00');
    expect(parseUkrainianDate('2.5.2023')).toBe('2023-05-02T00:00:00+03:00');
    expect(parseUkrainianDate('12:14 - 02/05/2023')).toBe('2023-05-02T12:14:00+03:00');
  });

  it('reads a time written «о 12:00», «12:00» or «12.20»', () => {
    expect(parseUkrainianDate('30 березня 2018 р. о 12:00')).toBe('2018-03-30T12:00:00+03:00');
    expect(parseUkrainianDate('25.05.2017 11:25')).toBe('2017-05-25T11:25:00+03:00');
    expect(parseUkrainianDate('2 квітня 2026 р. о 12.20')).toBe('2026-04-02T12:20:00+03:00');
  });

  it('ignores a weekday, capitals and non-breaking spaces', () => {
    expect(parseUkrainianDate('Вівторок, 19 СІЧНЯ 2021 07:59')).toBe('2021-01-19T07:59:00+02:00');
    expect(parseUkrainianDate('19\u00a0січня\u00a02021\u00a0р.')).toBe('2021-01-19T00:00:00+02:00');
  });

  it('keeps 00:30 local time on its own day, with the offset that puts it on the previous UTC day', () => {
    const iso = parseUkrainianDate('1 січня 2026 р. о 00:30');
    expect(iso).toBe('2026-01-01T00:30:00+02:00');
    expect(new Date(iso!).toISOString()).toBe('2025-12-31T22:30:00.000Z');
    expect(parseUkrainianDate('1 липня 2026 р. о 00:30')).toBe('2026-07-01T00:30:00+03:00');
  });

  it('switches to summer time at 03:00 on 29 March 2026', () => {
    expect(parseUkrainianDate('29 березня 2026 р. о 02:59')).toBe('2026-03-29T02:59:00+02:00');
    expect(parseUkrainianDate('29 березня 2026 р. о 04:00')).toBe('2026-03-29T04:00:00+03:00');
    expect(parseUkrainianDate('29 березня 2026 р.')).toBe('2026-03-29T00:00:00+02:00');
    expect(parseUkrainianDate('29 березня 2026 р. о 23:00')).toBe('2026-03-29T23:00:00+03:00');
  });

  it('moves a time skipped by the spring change forward by the missing hour', () => {
    const iso = parseUkrainianDate('29 березня 2026 р. о 03:30');
    expect(iso).toBe('2026-03-29T04:30:00+03:00');
    expect(new Date(iso!).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('switches back to winter time at 04:00 on 25 October 2026', () => {
    expect(parseUkrainianDate('25 жовтня 2026 р. о 02:59')).toBe('2026-10-25T02:59:00+03:00');
    expect(parseUkrainianDate('25 жовтня 2026 р. о 04:00')).toBe('2026-10-25T04:00:00+02:00');
    expect(parseUkrainianDate('25 жовтня 2026 р.')).toBe('2026-10-25T00:00:00+03:00');
  });

  it('reads the repeated autumn hour as its first (summer) occurrence', () => {
    const iso = parseUkrainianDate('25 жовтня 2026 р. о 03:30');
    expect(iso).toBe('2026-10-25T03:30:00+03:00');
    expect(new Date(iso!).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('gives null for text without a date or with an impossible one', () => {
    expect(parseUkrainianDate('')).toBeNull();
    expect(parseUkrainianDate('Анонси та оголошення')).toBeNull();
    expect(parseUkrainianDate('31 лютого 2026 р.')).toBeNull();
    expect(parseUkrainianDate('31.04.2026')).toBeNull();
    expect(parseUkrainianDate('15 березень 2026')).toBeNull();
  });

  it('does not read a date as a time', () => {
    expect(parseUkrainianDate('30.03.2018')).toBe('2018-03-30T00:00:00+03:00');
    expect(parseUkrainianDate('Рішення від 28.03.2026 о 11:40')).toBe('2026-03-28T11:40:00+02:00');
  });
});
