import type { ArticleEvent } from './types';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * When an event is, as its text gives it: «15 грудня, 10:00», «28–30 листопада». Its days are
 * Kyiv's already, so they are formatted as they are, in UTC, never moved to another zone.
 */
export function formatEventWhen(event: Omit<ArticleEvent, 'when'>, locale: string): string {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' });
    dayFormats.set(locale, format);
  }
  const start = new Date(event.startDate);
  const days = event.endDate
    ? format.formatRange(start, new Date(event.endDate))
    : format.format(start);
  const time = event.startTime && `${event.startTime}${event.endTime ? `–${event.endTime}` : ''}`;
  return time ? `${days}, ${time}` : days;
}
