/** Setting keys both the page and the service worker read. */
export const SETTING_KEYS = {
  notificationsEnabled: 'notifications-enabled',
  topics: 'topics',
  visitCount: 'visit-count',
  notificationPromptDismissed: 'notification-prompt-dismissed',
  articlesOpened: 'articles-opened',
  installOfferShown: 'install-offer-shown',
  readerPreferences: 'reader-preferences',
  keepUnsaved: 'keep-unsaved',
  lastSection: 'last-section',
  persistRequested: 'persist-requested',
  pushChoice: 'push-choice',
} as const;
