import { CITY_TIME_ZONE } from './format-date';
import type { ArticleEvent } from './types';

// Its own module: the list's cards ask it in the first load, which has no room for the rest of
// format-event.ts.
/** Whether an event is over at `now`: its last day (or its end time) has passed in the city. */
export function isEventOver(event: ArticleEvent, now: number): boolean {
  // Swedish writes dates as ISO does, so Kyiv's wall clock compares as a string.
  const kyiv = new Date(now).toLocaleString('sv', { timeZone: CITY_TIME_ZONE }).replace(' ', 'T');
  return kyiv > `${event.endDate ?? event.startDate}T${event.endTime ?? '23:59:59'}`;
}
