import { useScreenMessages } from '../hooks/use-screen-messages';
import { useDocumentMeta } from '../hooks/use-document-meta';
import { useMessages } from '../hooks/use-messages';
import { AboutSettings } from '../components/settings/about-settings';
import { DataSaverSettings } from '../components/settings/data-saver-settings';
import { DocumentSettings } from '../components/settings/document-settings';
import { LanguageSettings } from '../components/settings/language-settings';
import { NotificationSettings } from '../components/settings/notification-settings';
import { ReadAloudSettings } from '../components/settings/read-aloud-settings';
import { ReadingSettings } from '../components/settings/reading-settings';
import { StorageSettings } from '../components/settings/storage-settings';
import { TopicSettings } from '../components/settings/topic-settings';

/** /settings: one section per concern, so a new setting is one more line here. */
export default function SettingsPage() {
  const t = useMessages();
  const s = useScreenMessages();
  useDocumentMeta({
    title: `${t.settingsTitle} — ${t.appName}`,
    description: s.settingsDescription,
  });
  return (
    <>
      <h1 class="page-title">{t.settingsTitle}</h1>
      <ReadingSettings />
      <ReadAloudSettings />
      <LanguageSettings />
      <NotificationSettings />
      <TopicSettings />
      <DataSaverSettings />
      <DocumentSettings />
      <StorageSettings />
      <AboutSettings />
    </>
  );
}
