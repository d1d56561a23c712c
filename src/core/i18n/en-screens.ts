import type { ScreenMessages } from './uk-screens';

/** The English strings of the search, saved and settings screens. */
export const enScreens: ScreenMessages = {
  settingsDescription:
    'Notifications, my topics, text size, theme, language, data saver and storage on this device.',
  notificationsToggle: 'Tell me about new articles',
  notificationsHint:
    'One notification per feed update, even when the app is closed. Urgent announcements and news on your topics always come.',
  notificationsBlocked:
    'Notifications are blocked in the browser settings. Allow them for this site to get the news.',
  notificationsUnsupported: 'This browser cannot show notifications.',
  pushFailed:
    'Could not subscribe to notifications from the server. Background news checks work without it.',
  topicsHeading: 'My topics',
  topicsHint:
    'Words that matter to you, written as the articles write them (in Ukrainian): a street, a district, a school, water, electricity. Articles with them are marked in the feed and sent as notifications, even when other notifications are off. Topics stay on this device only.',
  topicLabel: 'New topic',
  topicAdd: 'Add',
  topicRemove: (topic: string) => `Remove the topic «${topic}»`,
  topicsEmpty: 'No topics yet.',
  versionLabel: (version: string, built: string) => `Version ${version}, build ${built}`,

  savedCount: {
    one: '{n} saved article',
    few: '{n} saved articles',
    many: '{n} saved articles',
    other: '{n} saved articles',
  },
  savedEmptyTitle: 'No saved articles yet',
  savedEmptyText: 'Tap «Save» on an article and it stays on this device, readable offline.',
  savedDescription: 'The articles you saved, readable offline.',

  searchLabel: 'Search the news',
  searchButton: 'Search',
  searchDescription: 'Search the news stored on this device, offline too.',
  searchHint: 'Type at least 2 letters. Search works offline too.',
  searchPreparing: 'Preparing search…',
  searchFound: {
    one: '{n} article found',
    few: '{n} articles found',
    many: '{n} articles found',
    other: '{n} articles found',
  },
  searchShown: (shown: string) => `Showing the first ${shown}`,
  searchNothing: 'Nothing found',
  searchNothingText: 'Try another word, or just its beginning.',
  searchFailed: 'Search failed. Please try again.',

  readingSection: 'Reading',
  textSizeLabel: 'Text size',
  textSizes: ['Small', 'Normal', 'Larger', 'Large', 'Largest'],
  textSample: 'This is how the news text will look.',
  themeLabel: 'Theme',
  themes: { system: 'As the system', light: 'Light', dark: 'Dark' },
  languageSection: 'Language',
  languageLabel: 'Interface language',
  languageNote: 'Articles are shown in the language the city council published them in.',
  dataSaverSection: 'Data saver',
  dataSaverLabel: 'Do not download photos unless needed',
  dataSaverHint: 'Photos load only when you open them.',
  storageSection: 'Storage on this device',
  keepLabel: 'How many unsaved articles to keep',
  keepChoice: {
    one: '{n} article',
    few: '{n} articles',
    many: '{n} articles',
    other: '{n} articles',
  },
  keepHint: 'Older unsaved articles and their photos are deleted. Saved ones never are.',
  storageUsage: (used: string, quota: string) => `${used} used of ${quota} available`,
  storageUnknown: 'This browser does not tell how much space is used.',
  storagePersisted: 'The browser will keep this data even when the device runs out of space.',
  storageNotPersisted: 'When the device runs out of space, the browser may delete this data.',
  clearCache: 'Clear cache',
  clearCacheHint: 'Deletes photos and unsaved articles. Saved articles and their photos stay.',
  cacheCleared: 'Cache cleared',
  clearCacheFailed: 'Could not clear the cache. Please try again.',
  settingFailed: 'Could not save the setting. Please try again.',
};
