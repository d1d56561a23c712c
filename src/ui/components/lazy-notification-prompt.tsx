import { useLazyImport } from '../hooks/use-lazy-import';

const loadPrompt = () => import('./notification-prompt').then((m) => m.NotificationPrompt);

/**
 * The notification offer, whose code (permission, push subscription) is fetched after the list
 * has rendered: it shows from the third visit on, so it has no place in the first load's bytes.
 */
export function LazyNotificationPrompt() {
  const Prompt = useLazyImport(loadPrompt);
  return Prompt ? <Prompt /> : null;
}
