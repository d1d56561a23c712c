import {
  findDatePhrases,
  findTimePhrase,
  splitSentences,
  writeEventWhen,
  type CalendarDay,
  type DatePhrase,
} from './event-phrases';
import { announcementSections } from '#city/announcementSections';
import { findAddress, findVenue } from './event-place';
import { CITY_TIME_ZONE } from './format-date';
import type { ArticleEvent } from './types';

/** What an event is found in: the article's text and when it was published. */
export interface EventSource {
  title: string;
  lead: string;
  /** The body as plain text. */
  text: string;
  categories: string[];
  /** ISO; «сьогодні», «завтра» and days without a year count from its day in Kyiv. */
  published: string | null;
}

// The announcement's first paragraphs say when and where; further down come agendas and lists.
const BODY_CHARS = 1_200;
const MAX_SENTENCES = 10;

// Something that will happen: a verb in the future, or the name of a gathering. Both lists are
// matched against lower-case text, which is quicker than a case-insensitive Unicode regex.
const EVENT_WORDS = new RegExp(
  String.raw`(?<!\p{L})(?:відбуд(?:еться|уться)|пройд(?:е|уть)|розпочн(?:еться|уться)|почн(?:еться|уться)|старту(?:є|ють)|відкри(?:ється|ються|ють)|провед(?:е|уть)|запрошу(?:є|ємо|ють)|чекаємо|збер(?:еться|уться)|буд(?:е|уть)|засідан|сесі|слухан|нарад|зустріч|обговорен|прийом|концерт|виставк|ярмар|фестивал|толок|акці|захід|заход|зібран|конференці|семінар|тренінг|форум|урочист|мітинг|екскурсі|прес-тур|брифінг|лекці|майстер-клас|турнір|змаган|презентаці|свят|вистав|покладан|молеб|панахид)|(?<=\p{L}\p{L})тим(?:е|уть|емо)(?:ся)?(?!\p{L})`,
  'u',
);
// What happened already, moved or cancelled, or happens every day: no date to put in a calendar.
const NOT_EVENT_WORDS = new RegExp(
  String.raw`(?<!\p{L})(?:відбул|відбувс|відбувал|пройшл|пройшов|(?:роз)?поча(?:в|л)|працювал|тривал(?:а|о|и)(?!\p{L})|діял|проходил|підсумк|ухвал(?:или|ила|ив|ено)|провел(?:и|а|о)(?!\p{L})|провів|проведено|затверд(?:или|ила|ив|жено)|завершил|завершено|відкрил|відкрито|відзначил|вшанувал|зібрал|прийнял|прийнято|оприлюдн|підписа|народи|помер|було|були|був|була|стал(?:о|а|и)(?!\p{L})|перенес|скасов|що(?:дня|тижня|місяця|року|ранку|вечора|понеділка|вівторка|середи|четверга|п[’ʼ']?ятниці|суботи|неділі)|щоденно|цілодобово|робочі дні)`,
  'u',
);
const LEAD_OPENS_WITH_DAY = /^(?:(?:з|із|у|в|вже|уже)\s+)?(?:\d|сьогодні|завтра|післязавтра)/iu;

let kyivDay: Intl.DateTimeFormat | null = null;

function toKyivDay(iso: string | null): CalendarDay | null {
  const time = iso === null ? NaN : Date.parse(iso);
  if (!Number.isFinite(time)) return null;
  kyivDay ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: CITY_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const [year, month, day] = kyivDay.format(time).split('-').map(Number);
  return { year: year!, month: month!, day: day! };
}

function toIsoDay({ year, month, day }: CalendarDay): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function isSameDay(a: CalendarDay, b: CalendarDay): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

// A sentence without a digit or a relative day names no day: most of them, spared the scan.
const MAY_NAME_A_DAY = /\d|сьогодні|завтра/iu;

function listEventDays(
  sentence: string,
  lower: string,
  published: CalendarDay | null,
): DatePhrase[] {
  if (!MAY_NAME_A_DAY.test(sentence) || NOT_EVENT_WORDS.test(lower)) return [];
  return findDatePhrases(sentence, published).filter((phrase) => phrase.isEventDay);
}

/** The first of `items` for which `find` finds something, found lazily. */
function findFirst<T, R>(items: readonly T[], find: (item: T) => R | null): R | null {
  for (const item of items) {
    const found = find(item);
    if (found !== null) return found;
  }
  return null;
}

/** The sentences of an article to look in: an announcement's opening, or a lead that opens with a day. */
function listSentences(source: EventSource): string[] {
  const lead = splitSentences(source.lead);
  const isAnnouncement = source.categories.some((category) =>
    announcementSections.includes(category),
  );
  // Most articles are neither: they cost one test of their lead, not a reading of their body.
  if (!isAnnouncement && !LEAD_OPENS_WITH_DAY.test(lead[0] ?? '')) return [];
  const body = splitSentences(source.text.slice(0, BODY_CHARS));
  return [...(isAnnouncement ? [source.title] : []), ...lead, ...body].slice(0, MAX_SENTENCES);
}

/**
 * The event an announcement names: its day or days, the time and place, from the first sentence
 * that says something will happen on one day (or range), with time and place from it or from the
 * sentences around it that name no other day. Null when no sentence does: a report of what was,
 * a deadline, a document's date, a daily timetable, a schedule of several days.
 */
export function findEvent(source: EventSource): ArticleEvent | null {
  const sentences = listSentences(source);
  if (sentences.length === 0) return null;
  const published = toKyivDay(source.published);
  const lower = sentences.map((sentence) => sentence.toLowerCase());
  const days = sentences.map((sentence, i) => listEventDays(sentence, lower[i]!, published));
  const at = days.findIndex(
    (_, i) =>
      days[i]!.length > 0 &&
      EVENT_WORDS.test(lower[i]!) &&
      days[i]!.every(
        (phrase) =>
          isSameDay(phrase.start, days[i]![0]!.start) &&
          (phrase.end === null ||
            days[i]![0]!.end === null ||
            isSameDay(phrase.end, days[i]![0]!.end)),
      ),
  );
  if (at === -1) return null;
  const when = days[at]!.find((phrase) => phrase.end !== null) ?? days[at]![0]!;
  // This sentence, then those after it, then those before, that name no other day.
  const related = [at, ...days.keys()]
    .filter(
      (i, n) => n === 0 || (i !== at && days[i]!.every((p) => isSameDay(p.start, when.start))),
    )
    .sort((a, b) => (a === at ? -1 : b === at ? 1 : a < at === b < at ? a - b : a < at ? 1 : -1));
  // Looked for lazily, in that order: most announcements give the time in their first sentences.
  const timeAt = related.findIndex(
    (i) => !NOT_EVENT_WORDS.test(lower[i]!) && findTimePhrase(sentences[i]!) !== null,
  );
  const time = timeAt === -1 ? null : findTimePhrase(sentences[related[timeAt]!]!);
  // The place is where the day or the time is named: a list further down names other places.
  const placed = related
    .filter((i, n) => n === timeAt || days[i]!.length > 0)
    .map((i) => sentences[i]!);
  const place = findFirst(placed, findAddress) ?? findFirst(placed, findVenue);
  return {
    startDate: toIsoDay(when.start),
    startTime: time?.start ?? null,
    endDate: when.end && toIsoDay(when.end),
    endTime: time?.end ?? null,
    place,
    when: writeEventWhen(when.start, when.end, time),
  };
}
