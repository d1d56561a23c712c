/**
 * The date and time phrases of Ukrainian announcement text, as the portal writes them: «15 грудня
 * 2026 року», «15.12.2026», «з 30 листопада до 2 грудня», «28–30 листопада», «сьогодні», «о 10:00»,
 * «о 10.00», «з 10:00 до 13:00». Pure: days are counted in calendar dates, never in a zone.
 */

/** A calendar day; month 1–12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** A date phrase of a sentence: one day or a range, and whether it names an event's day. */
export interface DatePhrase {
  start: CalendarDay;
  end: CalendarDay | null;
  /** Where the phrase begins in the sentence (a range's «з» included). */
  at: number;
  /**
   * False for a date that is not when something happens: a deadline («до 4 листопада»), a
   * document's date («рішення від 12 листопада»), an open start («з 1 січня»), a list of days.
   */
  isEventDay: boolean;
}

/** A time phrase: a start, and an end for «з 10:00 до 13:00». */
export interface TimePhrase {
  start: string;
  end: string | null;
}

const MONTHS = [
  'січня',
  'лютого',
  'березня',
  'квітня',
  'травня',
  'червня',
  'липня',
  'серпня',
  'вересня',
  'жовтня',
  'листопада',
  'грудня',
];
const M = `(${MONTHS.join('|')})`;
const Y = String.raw`(?:\s+(\d{4})(?:\s*(?:року|р\.|р(?!\p{L})))?)?`;
const D = String.raw`(?<![\p{L}\d.,])(\d{1,2})(?:-?го)?`;
const DASH = String.raw`\s*[–—-]\s*`;
const NUMERIC = String.raw`(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]\d)(?:\s*(?:року|р\.))?`;
// Alternatives in order: a range with months, a range of numeric dates, one day, one numeric day,
// a day named relative to the publication.
const DATE = new RegExp(
  [
    String.raw`(?:(з|із|від)\s+)?${D}(?:\s+${M}${Y})?(?:${DASH}|\s+(?:до|по)\s+)${D}\s+${M}${Y}`,
    String.raw`(?:(з|із|від)\s+)?${NUMERIC}(?:${DASH}|\s+(?:до|по)\s+)${NUMERIC}`,
    String.raw`${D}\s+${M}${Y}`,
    NUMERIC,
    String.raw`(?<!\p{L})(сьогодні|завтра|післязавтра)(?!\p{L})`,
  ]
    .map((alternative) => `(?:${alternative})`)
    .join('|'),
  'giu',
);
const RELATIVE_DAYS: Record<string, number> = { сьогодні: 0, завтра: 1, післязавтра: 2 };

// The word before a single date that makes it no event's day: until, of (a document), from on.
const NOT_EVENT_BEFORE = /(?:^|[^\p{L}])(?:до|по|від|з|із|станом на|після|протягом)\s*$/iu;
// «6 і 20 листопада», «4, 18 листопада»: a schedule of days, not one event.
const LIST_BEFORE = /\d\s*(?:,|і|та)\s*$/u;
const NUMBER_AFTER = /^\s*(?:року\s*)?№/u;

const T = String.raw`(?<![\d.:,])([01]?\d|2[0-3])([:.])([0-5]\d)(?![\d:]|\.\d)`;
const TIME = new RegExp(
  [
    String.raw`(?:(з|із|від)\s+)?${T}(?:${DASH}|\s+(?:до|по)\s+)${T}`,
    String.raw`(?:(о|об|з|із|від|до|по|після|перед|на|початок(?:\s+о)?)\s+)?${T}(\s*год)?`,
    String.raw`(?<!\p{L})(?:о|об)\s+([01]?\d|2[0-3])(?:-?й)?\s*год`,
  ]
    .map((alternative) => `(?:${alternative})`)
    .join('|'),
  'giu',
);

const ABBREVIATION =
  /(?:^|[\s(«])(?:вул|просп|пров|пл|бульв|м|с|смт|каб|буд|корп|кв|р|рр|ім|св|тел|ст|обл|див|напр|грн|тис|млн|год|хв|о)$/iu;

/** The sentences and clauses of a text: split after . ! ? before a capital or digit, and at ;. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let from = 0;
  const boundary = /[.!?…]+(?=\s+[\p{Lu}\d«"„(])|;|\n/gu;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('.') && ABBREVIATION.test(text.slice(from, match.index))) continue;
    sentences.push(text.slice(from, end));
    from = end;
  }
  sentences.push(text.slice(from));
  return sentences.map((sentence) => sentence.trim()).filter((sentence) => sentence !== '');
}

/**
 * When an event is, in the words of the text it was found in: «15 грудня, 10:00», «28–30
 * листопада», «30 листопада – 2 грудня». Written here rather than by Intl, so the server's page
 * and every browser say it alike.
 */
export function writeEventWhen(
  start: CalendarDay,
  end: CalendarDay | null,
  time: TimePhrase | null,
): string {
  const month = (day: CalendarDay) => MONTHS[day.month - 1]!;
  let days = `${start.day} ${month(start)}`;
  if (end && end.month === start.month && end.year === start.year) {
    days = `${start.day}–${end.day} ${month(end)}`;
  } else if (end) {
    days = `${days} – ${end.day} ${month(end)}`;
  }
  return time ? `${days}, ${time.start}${time.end ? `–${time.end}` : ''}` : days;
}

/** The number of days of a month (1–12) of a year. */
function getDaysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The day `days` after a day. */
export function addDays({ year, month, day }: CalendarDay, days: number): CalendarDay {
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Days from `a` to `b`. */
function countDays(a: CalendarDay, b: CalendarDay): number {
  return (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000;
}

/**
 * A day written without a year, in the year that puts it nearest after the publication: an
 * announcement of 20 December for «5 січня» means next January; one may look back two months.
 */
function placeInYear(day: number, month: number, published: CalendarDay): CalendarDay {
  for (const year of [published.year, published.year + 1, published.year - 1]) {
    const offset = countDays(published, { year, month, day });
    if (offset >= -62 && offset <= 304) return { year, month, day };
  }
  return { year: published.year, month, day };
}

function toDay(
  day: string | undefined,
  month: string | undefined,
  year: string | undefined,
  published: CalendarDay | null,
): CalendarDay | null {
  const d = Number(day);
  const m = MONTHS.indexOf((month ?? '').toLowerCase()) + 1 || Number(month);
  if (!(m >= 1 && m <= 12)) return null;
  const placed = year
    ? { year: Number(year), month: m, day: d }
    : published && placeInYear(d, m, published);
  if (!placed || d < 1 || d > getDaysInMonth(placed.year, placed.month)) return null;
  return placed;
}

/** The date phrases of a sentence, in order; days without a year placed after `published`. */
export function findDatePhrases(sentence: string, published: CalendarDay | null): DatePhrase[] {
  const phrases: DatePhrase[] = [];
  for (const match of sentence.matchAll(DATE)) {
    const g = match.slice(1);
    let start: CalendarDay | null;
    let end: CalendarDay | null = null;
    let hasPrefix = false;
    if (g[1] !== undefined) {
      end = toDay(g[4], g[5], g[6], published);
      start = toDay(g[1], g[2] ?? g[5], g[3] ?? g[6], published);
      hasPrefix = g[0] !== undefined;
    } else if (g[8] !== undefined) {
      start = toDay(g[8], g[9], g[10], null);
      end = toDay(g[11], g[12], g[13], null);
      hasPrefix = g[7] !== undefined;
    } else if (g[14] !== undefined) {
      start = toDay(g[14], g[15], g[16], published);
    } else if (g[17] !== undefined) {
      start = toDay(g[17], g[18], g[19], null);
    } else {
      const offset = RELATIVE_DAYS[g[20]!.toLowerCase()]!;
      start = published && addDays(published, offset);
    }
    if (!start) continue;
    // «з 30 грудня до 2 січня» crosses the new year that its one written year belongs to.
    if (end && countDays(start, end) < 0) end = { ...end, year: end.year + 1 };
    const before = sentence.slice(0, match.index);
    const after = sentence.slice(match.index + match[0].length);
    const isRange = end !== null;
    const isEventDay =
      (isRange || !NOT_EVENT_BEFORE.test(before)) &&
      !LIST_BEFORE.test(before) &&
      !NUMBER_AFTER.test(after) &&
      // A range from a day «до» another needs its «з»: «30 листопада до 2 грудня» is no range.
      (!isRange || hasPrefix || /[–—-]/.test(match[0]));
    phrases.push({
      start,
      end: end && countDays(start, end) > 0 ? end : null,
      at: match.index,
      isEventDay,
    });
  }
  return phrases;
}

function toTime(hour: string, minute = '00'): string {
  return `${hour.padStart(2, '0')}:${minute}`;
}

/**
 * The first time a sentence gives for when something starts, with its end for a range; not a
 * deadline («до 17:00»). A time with a dot («10.00») counts only after «о», «з», … or before «год».
 */
export function findTimePhrase(sentence: string): TimePhrase | null {
  for (const match of sentence.matchAll(TIME)) {
    const g = match.slice(1);
    if (g[1] !== undefined) return { start: toTime(g[1], g[3]), end: toTime(g[4]!, g[6]) };
    if (g[8] !== undefined) {
      const word = g[7]?.toLowerCase();
      // «до 17:00», «після 19:00»: when something must be done by, or ends; not a start.
      if (word === 'до' || word === 'по' || word === 'після' || word === 'перед') continue;
      if (g[9] === '.' && word === undefined && g[11] === undefined) continue;
      return { start: toTime(g[8], g[10]), end: null };
    }
    return { start: toTime(g[12]!), end: null };
  }
  return null;
}
