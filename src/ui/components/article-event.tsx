import { useEffect, useState } from 'preact/hooks';
import { contentLanguage } from '#city/contentLanguage';
import { toICalendar } from '../../core/event-calendar';
import { isEventOver } from '../../core/event-over';
import { formatEventWhen } from '../../core/format-event';
import type { Article, ArticleEvent as Event } from '../../core/types';
import { useMessages } from '../hooks/use-messages';
import { useScreenMessages } from '../hooks/use-screen-messages';
import { CalendarIcon } from './more-icons';

/** Downloads the event as an .ics file, which the phone offers to its calendar. */
function saveToCalendar(article: Article, event: Event): void {
  const ics = toICalendar({
    event,
    title: article.title,
    description: article.summary,
    pageUrl: `${location.origin}/news/${article.key}`,
    uid: `${article.key}-${event.startDate}@${location.host}`,
    now: new Date(),
  });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  link.download = `podiia-${event.startDate}.ics`;
  link.click();
  // The download has its own copy once it starts; the URL only has to outlive this task.
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}

/**
 * An announcement's event under its date: when (in the interface's language) and where, and
 * «Додати в календар», or, once it is over, a line saying so. Whether it is over depends on the
 * clock, so it is read in an effect: the server's page and the app's first render agree, and
 * the line takes the button's place in a row of the button's height.
 */
export function ArticleEvent({ article, event }: { article: Article; event: Event }) {
  const t = useMessages();
  const s = useScreenMessages();
  const [isOver, setOver] = useState(false);
  useEffect(() => setOver(isEventOver(event, Date.now())), [event]);
  const { startDate, startTime } = event;
  return (
    <div class={isOver ? 'event-box event-box--over' : 'event-box'}>
      <p class="event">
        <strong>{t.event}:</strong>{' '}
        <time dateTime={startTime ? `${startDate}T${startTime}` : startDate}>
          {formatEventWhen(event, t.locale)}
        </time>
        {event.place && <span lang={contentLanguage}> · {event.place}</span>}
      </p>
      <div class="event-box__action">
        {isOver ? (
          <p class="event-box__over">{s.eventOver}</p>
        ) : (
          <button type="button" class="button" onClick={() => saveToCalendar(article, event)}>
            <CalendarIcon />
            {s.addToCalendar}
          </button>
        )}
      </div>
    </div>
  );
}
