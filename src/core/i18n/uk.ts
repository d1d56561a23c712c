import { uk as city } from '#city/uk';
import { formatPlural, type PluralForms } from '../plural';
import type { Language } from '../settings';
import type { RefreshErrorKind } from '../types';

/** Every user-facing string of the app in Ukrainian, the default language. */
export const uk = {
  language: 'uk' as Language,
  locale: 'uk-UA',
  appName: 'Вістки',
  cityCouncil: city.council,
  skipToContent: 'Перейти до змісту',
  mainNav: 'Головне меню',
  menu: 'Меню',
  newsTitle: 'Новини',
  listHeading: 'Новини міської ради',
  listDescription: city.listDescription,
  refresh: 'Оновити',
  refreshing: 'Оновлюємо…',
  loading: 'Завантаження новин…',
  loadMore: 'Показати ще',
  emptyTitle: 'Новин поки немає',
  emptyOffline: 'Щойно зʼявиться інтернет, ми завантажимо стрічку новин.',
  emptyOnline: 'Стрічка порожня. Спробуйте оновити трохи згодом.',
  offlineBanner: 'Немає зʼєднання з інтернетом. Показано збережені новини.',
  updatedAgo: (ago: string) => `Оновлено ${ago}`,
  neverUpdated: 'Стрічку ще не завантажено',
  refreshFailed: (kind: RefreshErrorKind) => refreshFailureText[kind],
  backToList: 'Усі новини',
  share: 'Поділитися',
  storageUnavailable:
    'Цей браузер не дозволяє зберігати дані, тож читання без інтернету вимкнене. Новини показано з мережі.',
  reloadNeeded: 'Застосунок оновився в іншій вкладці. Перезавантажте сторінку.',
  reload: 'Перезавантажити',
  newArticles: (count: number) =>
    formatPlural(
      count,
      {
        one: '{n} нова новина',
        few: '{n} нові новини',
        many: '{n} нових новин',
        other: '{n} нової новини',
      },
      'uk',
    ),
  checkedAt: (time: string) => `Перевірено о ${time}`,
  checkFailedAt: (time: string, next: string | null) =>
    next ? `Не вдалося оновити о ${time}, спробуємо ще о ${next}` : `Не вдалося оновити о ${time}`,
  settingsTitle: 'Налаштування',
  topicBadge: (topics: string[]) =>
    `Моя тема: ${new Intl.ListFormat('uk', { type: 'conjunction' }).format(topics)}`,
  shareOf: (title: string) => `Поділитися: ${title}`,
  install: 'Встановити застосунок',

  searchTitle: 'Пошук',
  savedTitle: 'Збережені',

  sectionsLabel: 'Розділи',
  allSections: 'Усі',
  unreadCount: {
    one: '{n} непрочитана',
    few: '{n} непрочитані',
    many: '{n} непрочитаних',
    other: '{n} непрочитаної',
  } satisfies PluralForms,
  sectionMissingTitle: 'Такого розділу немає',
  sectionMissingText: 'Серед новин на цьому пристрої немає розділу з такою адресою.',
  markAllRead: 'Позначити все прочитаним',
  markedAllRead: 'Усі новини позначено прочитаними',

  save: 'Зберегти',
  saved: 'Збережено',
  savedToast: 'Збережено: стаття доступна без інтернету',
  // The storage notice above the list says why: only the session keeps it.
  savedForSessionToast: 'Збережено до закриття сторінки',
  unsavedToast: 'Прибрано зі збережених',
  saveFailed: 'Не вдалося зберегти: на пристрої забракло місця',
  showPhoto: 'Показати фото',
  event: 'Подія',
  pastEvent: 'Минула подія',
};

// What happened, and what the resident can do when it is up to them; the freshness line below
// says when the app tries again («спробуємо ще о 14:20»).
const refreshFailureText: Record<RefreshErrorKind, string> = {
  offline: 'Немає зʼєднання з інтернетом. Показано збережені новини.',
  timeout: 'Сервер новин не відповів вчасно. Показано збережені новини.',
  http: 'Сервер новин тимчасово не працює. Показано збережені новини.',
  'rate-limited': 'Сервер новин попросив зачекати. Показано збережені новини.',
  'not-a-feed':
    'Замість новин прийшла інша сторінка — можливо, Wi‑Fi мережа просить увійти. Відкрийте будь-який сайт у браузері, увійдіть і натисніть «Оновити».',
  'broken-feed': 'Сервер новин надіслав пошкоджену стрічку. Показано збережені новини.',
  'storage-full':
    'На пристрої закінчилося місце, тож нові новини не збережено. Звільніть місце й натисніть «Оновити».',
  'storage-unavailable': 'Браузер не дозволяє зберігати новини на пристрої.',
  aborted: 'Оновлення скасовано.',
  unknown: 'Не вдалося оновити новини. Показано збережені новини.',
};

/** The shape every translation must have. */
export type Messages = typeof uk;
