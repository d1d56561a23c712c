import { formatCityIso } from '../core/city-time';

const GENITIVE_MONTHS = [
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
const WORD_DATE = new RegExp(`(\\d{1,2})\\s+(${GENITIVE_MONTHS.join('|')})\\s+(\\d{4})`, 'iu');
const NUMERIC_DATE = /(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)/u;
// «12:00», «о 12.20»; never the digits of a date, which are cut out of the text before this runs.
const TIME = /(?<![\d.:])([01]?\d|2[0-3])[:.]([0-5]\d)(?!\d|[.:]\d)/u;

/**
 * Reads a date as the portal prints it («30 березня 2018 р.», «30.03.2018», with an optional
 * «о 12:00», «12:00» or «12.20») as the city's time; ISO 8601 with the offset, or null if none is found.
 */
export function parseUkrainianDate(text: string): string | null {
  const found = findDate(text);
  if (!found) return null;
  const rest = text.slice(0, found.index) + ' ' + text.slice(found.index + found.length);
  const time = TIME.exec(rest);
  return formatCityIso({
    year: found.year,
    month: found.month,
    day: found.day,
    hour: time ? Number(time[1]) : 0,
    minute: time ? Number(time[2]) : 0,
  });
}

function findDate(text: string) {
  const word = WORD_DATE.exec(text);
  if (word) {
    const month = GENITIVE_MONTHS.indexOf(word[2]!.toLocaleLowerCase('uk')) + 1;
    return { index: word.index, length: word[0].length, day: +word[1]!, month, year: +word[3]! };
  }
  const numeric = NUMERIC_DATE.exec(text);
  if (!numeric) return null;
  const [all, day, month, year] = numeric;
  return { index: numeric.index, length: all.length, day: +day!, month: +month!, year: +year! };
}
