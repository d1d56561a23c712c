import { en as city } from '#city/en';
import { formatPlural } from '../plural';
import type { RefreshErrorKind } from '../types';
import type { Messages } from './uk';

const refreshFailureText: Record<RefreshErrorKind, string> = {
  offline: 'No internet connection. Showing the news saved on this device.',
  timeout: 'The news server did not answer in time. Showing the news saved on this device.',
  http: 'The news server is not working for now. Showing the news saved on this device.',
  'rate-limited': 'The news server asked us to wait. Showing the news saved on this device.',
  'not-a-feed':
    'Another page arrived instead of the news — perhaps the Wi‑Fi network wants you to sign in. Open any site in the browser, sign in and tap «Refresh».',
  'broken-feed': 'The news server sent a damaged feed. Showing the news saved on this device.',
  'storage-full':
    'This device is out of space, so new articles were not saved. Free up some space and tap «Refresh».',
  'storage-unavailable': 'This browser does not allow saving news on the device.',
  aborted: 'The update was cancelled.',
  unknown: 'Could not update the news. Showing the news saved on this device.',
};

/** Every user-facing string of the app in English, the second language. */
export const en: Messages = {
  language: 'en',
  locale: 'en-GB',
  appName: 'Vistky',
  cityCouncil: city.council,
  skipToContent: 'Skip to content',
  mainNav: 'Main menu',
  menu: 'Menu',
  newsTitle: 'News',
  listHeading: 'City council news',
  listDescription: city.listDescription,
  refresh: 'Refresh',
  refreshing: 'Refreshing…',
  loading: 'Loading the news…',
  loadMore: 'Show more',
  emptyTitle: 'No news yet',
  emptyOffline: 'As soon as the internet is back, we will load the news feed.',
  emptyOnline: 'The feed is empty. Try refreshing a little later.',
  offlineBanner: 'No internet connection. Showing the news saved on this device.',
  updatedAgo: (ago: string) => `Updated ${ago}`,
  neverUpdated: 'The news feed has not been loaded yet',
  refreshFailed: (kind: RefreshErrorKind) => refreshFailureText[kind],
  backToList: 'All news',
  share: 'Share',
  storageUnavailable:
    'This browser does not allow saving data, so offline reading is off. News is shown from the network.',
  reloadNeeded: 'The app was updated in another tab. Reload the page.',
  reload: 'Reload',
  newArticles: (count: number) =>
    formatPlural(
      count,
      {
        one: '{n} new article',
        few: '{n} new articles',
        many: '{n} new articles',
        other: '{n} new articles',
      },
      'en',
    ),
  checkedAt: (time: string) => `Checked at ${time}`,
  checkFailedAt: (time: string, next: string | null) =>
    next ? `Could not update at ${time}, will try again at ${next}` : `Could not update at ${time}`,
  settingsTitle: 'Settings',
  topicBadge: (topics: string[]) =>
    `My topic: ${new Intl.ListFormat('en', { type: 'conjunction' }).format(topics)}`,
  shareOf: (title: string) => `Share: ${title}`,
  install: 'Install the app',

  searchTitle: 'Search',
  savedTitle: 'Saved',

  sectionsLabel: 'Sections',
  allSections: 'All',
  unreadCount: { one: '{n} unread', few: '{n} unread', many: '{n} unread', other: '{n} unread' },
  sectionMissingTitle: 'No such section',
  sectionMissingText: 'None of the news on this device belongs to a section with this address.',
  markAllRead: 'Mark all as read',
  markedAllRead: 'All news marked as read',

  save: 'Save',
  saved: 'Saved',
  savedToast: 'Saved: the article is available offline',
  savedForSessionToast: 'Saved until this page is closed',
  unsavedToast: 'Removed from saved',
  saveFailed: 'Could not save: this device is out of space',
  showPhoto: 'Show photo',
  pastEvent: 'Past event',
  event: 'Event',
};
