import { timeZone } from '#city/timeZone';
import { formatCount } from './plural';

/** The city's time zone: dates are shown as its residents read them, wherever the code runs. */
export const CITY_TIME_ZONE = timeZone;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const EPOCH = new Date(0).toISOString();

// Building an Intl formatter costs far more than using one (locale and time-zone data are
// resolved each time); a list renders a date per card, so each formatter is built once per locale.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function getFormatter<F extends Intl.DateTimeFormat | Intl.RelativeTimeFormat>(
  kind: string,
  locale: string,
  create: () => F,
): F {
  const key = `${kind}|${locale}`;
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * What builds a locale's formatters ahead of use, one step per task. The first Intl formatter of
 * a page loads ICU's data, about 60 ms in one piece on a slow phone (a desktop CPU slowed 4×);
 * in these steps it is some 15 ms for the locale, 40 for numbers and 10 for dates. A page runs
 * them while it waits for IndexedDB rather than while it renders the list.
 */
export const DATE_FORMAT_STEPS: readonly ((locale: string) => unknown)[] = [
  (locale) => new Intl.Locale(locale).maximize(),
  (locale) => formatCount(0, locale),
  (locale) => formatArticleDate(EPOCH, locale),
  (locale) => formatTimeAgo(EPOCH, 0, locale),
];

/** The date of an article the way the portal prints it: «30 березня 2018 р.». */
export function formatArticleDate(iso: string, locale: string): string {
  const format = getFormatter(
    'date',
    locale,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: CITY_TIME_ZONE }),
  );
  return format.format(new Date(iso));
}

/** Date and time for machine-readable contexts that a person still reads (tooltips, settings). */
export function formatDateTime(iso: string, locale: string): string {
  const format = getFormatter(
    'date-time',
    locale,
    () =>
      new Intl.DateTimeFormat(locale, {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: CITY_TIME_ZONE,
      }),
  );
  return format.format(new Date(iso));
}

/** Clock time in Kyiv: «14:05». */
export function formatClockTime(iso: string, locale: string): string {
  const format = getFormatter(
    'clock',
    locale,
    () =>
      new Intl.DateTimeFormat(locale, {
        hour: '2-digit',
        minute: '2-digit',
        timeZone: CITY_TIME_ZONE,
      }),
  );
  return format.format(new Date(iso));
}

/**
 * How long ago, briefly: «5 хв тому», «2 год тому», «учора».
 * Past a week the long date reads better than a count of days.
 */
export function formatTimeAgo(iso: string, now: number, locale: string): string {
  const elapsed = Math.max(0, now - Date.parse(iso));
  const rtf = getFormatter(
    'relative',
    locale,
    () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' }),
  );
  if (elapsed < MINUTE) return rtf.format(0, 'minute');
  if (elapsed < HOUR) return rtf.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return rtf.format(-Math.floor(elapsed / HOUR), 'hour');
  if (elapsed < 7 * DAY) return rtf.format(-Math.floor(elapsed / DAY), 'day');
  return formatArticleDate(iso, locale);
}
