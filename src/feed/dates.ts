/** Offsets in minutes of the zone names RFC 822 defines, plus those Ukrainian feeds use. */
const ZONES: ReadonlyMap<string, number> = new Map([
  ['UT', 0],
  ['UTC', 0],
  ['GMT', 0],
  ['Z', 0],
  ['EST', -300],
  ['EDT', -240],
  ['CST', -360],
  ['CDT', -300],
  ['MST', -420],
  ['MDT', -360],
  ['PST', -480],
  ['PDT', -420],
  ['WET', 0],
  ['WEST', 60],
  ['CET', 60],
  ['CEST', 120],
  ['EET', 120],
  ['EEST', 180],
  ['MSK', 180],
]);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// Day name optional; full month names tolerated; seconds optional; zone name or numeric offset.
const RFC_822 =
  /^(?:[a-z]+\s*,?\s*)?(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-]+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([a-z]{1,5})|(?:gmt|utc)?([+-]\d{2}:?\d{2}))?$/i;

const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[t\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** Date strings longer than this are not dates; the cap keeps regex work bounded. */
const MAX_DATE_LENGTH = 64;

/**
 * Parses a feed date, RFC 822 (RSS) or ISO 8601 (Atom, JSON Feed, dc:date), into ISO UTC
 * (`toISOString` form). No zone means UTC; a date alone means midnight UTC. Impossible dates
 * (month 13, 30 February, hour 25) and unknown zone names give null.
 */
export function parseFeedDate(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  if (text === '' || text.length > MAX_DATE_LENGTH) return null;
  return parseIso8601(text) ?? parseRfc822(text);
}

function parseIso8601(text: string): string | null {
  const m = ISO_8601.exec(text);
  if (m === null) return null;
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '0', zone] = m;
  const millis = Math.floor(Number(`0.${fraction}`) * 1000);
  const offset = zone === undefined || /z/i.test(zone) ? 0 : parseNumericOffset(zone);
  return toIso(+year, +month, +day, +hour, +minute, +second, millis, offset);
}

function parseRfc822(text: string): string | null {
  const m = RFC_822.exec(text);
  if (m === null) return null;
  const [, day, monthName, yearText, hour, minute, second = '0', zoneName, numericZone] = m;
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return null;
  let year = +yearText;
  // RFC 2822 §4.3: two-digit years 00-49 are 20xx, 50-99 are 19xx; three-digit ones add 1900.
  if (yearText.length === 2) year += year < 50 ? 2000 : 1900;
  else if (yearText.length === 3) year += 1900;
  let offset: number | null = 0;
  if (numericZone !== undefined) offset = parseNumericOffset(numericZone);
  else if (zoneName !== undefined) offset = getZoneOffset(zoneName.toUpperCase());
  return toIso(year, month, +day, +hour, +minute, +second, 0, offset);
}

function getZoneOffset(name: string): number | null {
  const known = ZONES.get(name);
  if (known !== undefined) return known;
  // RFC 2822 §4.3: military zone letters were defined with the wrong sign, so treat them as
  // an unknown offset, -0000, i.e. UTC.
  return /^[A-IK-Z]$/.test(name) ? 0 : null;
}

function parseNumericOffset(zone: string): number | null {
  const digits = zone.slice(1).replace(':', '');
  const hours = +digits.slice(0, 2);
  const minutes = digits.length > 2 ? +digits.slice(2, 4) : 0;
  if (hours > 23 || minutes > 59) return null;
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

function toIso(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millis: number,
  offsetMinutes: number | null,
): string | null {
  if (offsetMinutes === null) return null;
  if (month < 1 || month > 12 || day < 1 || day > getDaysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 60) return null;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
  date.setUTCFullYear(year, month - 1, day);
  // A leap second (:60) is folded into the second before it.
  date.setUTCHours(hour, minute - offsetMinutes, Math.min(second, 59), millis);
  return date.toISOString();
}

function getDaysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
