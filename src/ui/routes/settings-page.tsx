import { useDocumentMeta } from '../hooks/use-document-meta';
import { useMessages } from '../hooks/use-messages';
import { AboutSettings } from '../components/settings/about-settings';
import { NotificationSettings } from '../components/settings/notification-settings';
import { TopicSettings } from '../components/settings/topic-settings';

/** /settings: one section per concern, so a new setting is one more line here. */
export default function SettingsPage() {
  const t = useMessages();
  useDocumentMeta({
    title: `${t.settingsTitle} — ${t.appName}`,
    description: t.settingsDescription,
  });
  return (
    <>
      <h1 class="page-title">{t.settingsTitle}</h1>
      <NotificationSettings />
      <TopicSettings />
      <AboutSettings />
    </>
  );
}
