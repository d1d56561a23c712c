import type { Language } from '../../core/settings';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useMessages } from '../hooks/use-messages';
import { useLazyImport } from '../hooks/use-lazy-import';
import { MenuIcon } from './icons';

const loadPanel = () => import('./menu-panel').then((m) => m.MenuPanel);

/**
 * The header's menu: a disclosure that closes on Escape, on a choice and on a tap outside. Its
 * entries load on the first open (a tap away), so the first screen carries only the button.
 */
export function AppMenu({ language }: { language: Language }) {
  const t = useMessages();
  const [isOpen, setOpen] = useState(false);
  const [hasOpened, setHasOpened] = useState(false);
  const MenuPanel = useLazyImport(loadPanel, hasOpened);
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
        onClick={() => {
          setHasOpened(true);
          setOpen(!isOpen);
        }}
      >
        <MenuIcon />
        <span class="visually-hidden">{t.menu}</span>
      </button>
      <nav id="app-menu" class="menu__panel" aria-label={t.mainNav} hidden={!isOpen}>
        {MenuPanel && <MenuPanel language={language} url={url} onChoose={() => setOpen(false)} />}
      </nav>
    </div>
  );
}
