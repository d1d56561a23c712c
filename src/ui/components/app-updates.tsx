import { getAppFeedUrl } from '../../data/feeds';
import { useAppUpdate } from '../../pwa/use-app-update';
import { requestImageWarmup } from '../../pwa/worker-messages';
import { UpdatePrompt } from './update-prompt';

/** Registers the service worker and offers new versions; loaded after the first screen. */
export function AppUpdates() {
  const update = useAppUpdate(() => requestImageWarmup(getAppFeedUrl()));
  return <UpdatePrompt update={update} />;
}
