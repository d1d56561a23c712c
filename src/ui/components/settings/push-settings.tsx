import { useQuery } from '@tanstack/preact-query';
import { useEffect, useRef } from 'preact/hooks';
import type { PushScope } from '../../../core/push-choice';
import { sectionsQuery } from '../../../data/sections';
import { getPushAvailability } from '../../../pwa/push-subscription';
import type { NotificationToggle } from '../../hooks/use-notification-toggle';
import { useMessages } from '../../hooks/use-messages';
import { useScreenMessages } from '../../hooks/use-screen-messages';
import { ChoiceGroup } from './choice-group';

const SCOPES: PushScope[] = ['all', 'sections', 'urgent'];

/**
 * Under the notification switch: where pushes from the server work, and, once on, what they are
 * about. On an iPhone outside the home screen, the two steps that put it there.
 */
export function PushSettings({ toggle }: { toggle: NotificationToggle }) {
  const s = useScreenMessages();
  const { language } = useMessages();
  const { pushKey, pushChoice, isEnabled } = toggle;
  const sections = useQuery({ ...sectionsQuery(), enabled: isEnabled && !!pushKey }).data;

  // The server writes pushes in the interface language: it hears of a change at once.
  const postedLanguage = useRef(language);
  useEffect(() => {
    if (postedLanguage.current === language) return;
    postedLanguage.current = language;
    void toggle.resubscribe();
  }, [language, toggle]);

  if (getPushAvailability() === 'needs-home-screen') {
    return (
      <div class="push-settings">
        <p class="settings-hint">{s.pushNeedsHomeScreen}</p>
        <ol class="install-offer__steps">
          <li>{s.iosInstallStep1}</li>
          <li>{s.iosInstallStep2}</li>
        </ol>
      </div>
    );
  }
  if (!pushKey) return null;
  const toggleSection = (slug: string, isChosen: boolean) => {
    const others = pushChoice.sections.filter((other) => other !== slug);
    void toggle.setPushChoice({
      scope: 'sections',
      sections: isChosen ? [...others, slug] : others,
    });
  };
  return (
    <div class="push-settings">
      <p class="settings-hint">{s.pushWhere}</p>
      {isEnabled && (
        <>
          <ChoiceGroup
            legend={s.pushScopeLegend}
            name="push-scope"
            choices={SCOPES.map((scope) => ({ value: scope, label: s.pushScopes[scope] }))}
            value={pushChoice.scope}
            onChange={(scope) => void toggle.setPushChoice({ ...pushChoice, scope })}
          />
          {pushChoice.scope === 'sections' && (
            <fieldset>
              <legend>{s.pushSectionsLegend}</legend>
              {sections?.sections.length ? (
                sections.sections.map((section) => (
                  <label class="choice" key={section.slug}>
                    <input
                      type="checkbox"
                      checked={pushChoice.sections.includes(section.slug)}
                      onChange={(event) => toggleSection(section.slug, event.currentTarget.checked)}
                    />
                    <span>{section.name}</span>
                  </label>
                ))
              ) : (
                <p class="settings-hint">{s.pushSectionsEmpty}</p>
              )}
              <p class="settings-hint">{s.pushSectionsHint}</p>
            </fieldset>
          )}
        </>
      )}
    </div>
  );
}
