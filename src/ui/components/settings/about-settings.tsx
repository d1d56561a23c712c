import { useScreenMessages } from '../../hooks/use-screen-messages';
import { formatBuildTime } from '../../../core/format-date';
import { useMessages } from '../../hooks/use-messages';

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
