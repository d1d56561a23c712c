import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useMessages } from '../hooks/use-messages';
import { ExternalIcon, MenuIcon } from './icons';

/** One entry of the menu: an app route, an outside link, or an action. */
export type MenuEntry =
  | { kind: 'route'; href: string; label: string }
  | { kind: 'external'; href: string; label: string }
  | { kind: 'action'; label: string; onSelect: () => void };

/** The header's menu: a disclosure that closes on Escape, on a choice and on a tap outside. */
export function AppMenu({
  entries,
  children,
}: {
  entries: MenuEntry[];
  children?: ComponentChildren;
}) {
  const t = useMessages();
  const [isOpen, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const { url } = useLocation();

  useEffect(() => setOpen(false), [url]);
  useEffect(() => {
    if (!isOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [isOpen]);

  return (
    <div class="menu" ref={root}>
      <button
        ref={button}
        type="button"
        class="icon-button"
        aria-expanded={isOpen}
        aria-controls="app-menu"
        onClick={() => setOpen(!isOpen)}
      >
        <MenuIcon />
        <span class="visually-hidden">{t.menu}</span>
      </button>
      <nav id="app-menu" class="menu__panel" aria-label={t.mainNav} hidden={!isOpen}>
        <ul class="menu__list">
          {entries.map((entry) => (
            <li key={entry.label}>
              {entry.kind === 'action' ? (
                <button
                  type="button"
                  class="menu__item"
                  onClick={() => {
                    setOpen(false);
                    entry.onSelect();
                  }}
                >
                  {entry.label}
                </button>
              ) : (
                <a
                  class={
                    entry.kind === 'external' ? 'menu__item menu__item--external' : 'menu__item'
                  }
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
        {children}
      </nav>
    </div>
  );
}
