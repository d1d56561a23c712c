import { useScreenMessages } from '../../hooks/use-screen-messages';
import { CITY_TIME_ZONE } from '../../../core/format-date';
import { useMessages } from '../../hooks/use-messages';

// Here rather than in format-date.ts, which the first screen loads: only this screen shows it.
/** A build's time to the second, so two builds of one day tell apart: «27.11.26, 14:05:09». */
function formatBuildTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'short',
    timeStyle: 'medium',
    timeZone: CITY_TIME_ZONE,
  }).format(new Date(iso));
}

/** The running version, so a resident (and support) can tell whether an update arrived. */
export function AboutSettings() {
  const t = useMessages();
  const s = useScreenMessages();
  return (
    <section class="settings-section" aria-labelledby="about-heading">
      <h2 id="about-heading">{t.appName}</h2>
      <p class="settings-hint" data-testid="app-version">
        {s.versionLabel(__APP_VERSION__, formatBuildTime(__BUILD_TIME__, t.locale))}
      </p>
    </section>
  );
}
