import { portalLinks } from '#city/portalLinks';
import type { Messages } from '../../core/i18n/uk';
import type { Language } from '../../core/settings';
import { promptInstall, useInstallState } from '../../pwa/install-prompt';
import { useMessages } from '../hooks/use-messages';
import { ExternalIcon } from './more-icons';

/** One entry of the menu: an app route, an outside link, or an action. */
type MenuEntry =
  | { kind: 'route'; href: string; label: string }
  | { kind: 'external'; href: string; label: string }
  | { kind: 'action'; label: string; onSelect: () => void };

function listEntries(t: Messages, language: Language, canInstall: boolean): MenuEntry[] {
  return [
    { kind: 'route', href: '/', label: t.newsTitle },
    { kind: 'route', href: '/search', label: t.searchTitle },
    { kind: 'route', href: '/saved', label: t.savedTitle },
    { kind: 'route', href: '/settings', label: t.settingsTitle },
    ...portalLinks.map((link): MenuEntry => ({
      kind: 'external',
      href: link.href,
      label: link.label[language],
    })),
    ...(canInstall
      ? [{ kind: 'action', label: t.install, onSelect: () => void promptInstall() } as const]
      : []),
  ];
}

interface MenuPanelProps {
  language: Language;
  /** The current address, to mark the current screen. */
  url: string;
  onChoose: () => void;
}

/**
 * The menu's entries: the app's screens, the portal's own sections (city configuration) and,
 * where the browser offers it, installing. Loaded on the first open, never on the first screen.
 */
export function MenuPanel({ language, url, onChoose }: MenuPanelProps) {
  const t = useMessages();
  const { canInstall } = useInstallState();
  return (
    <ul class="menu__list">
      {listEntries(t, language, canInstall).map((entry) => (
        <li key={entry.label}>
          {entry.kind === 'action' ? (
            <button
              type="button"
              class="menu__item"
              onClick={() => {
                onChoose();
                entry.onSelect();
              }}
            >
              {entry.label}
            </button>
          ) : (
            <a
              class={entry.kind === 'external' ? 'menu__item menu__item--external' : 'menu__item'}
              href={entry.href}
              aria-current={entry.kind === 'route' && entry.href === url ? 'page' : undefined}
              {...(entry.kind === 'external'
                ? { target: '_blank', rel: 'noopener noreferrer' }
                : {})}
            >
              {entry.label}
              {entry.kind === 'external' && <ExternalIcon />}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
