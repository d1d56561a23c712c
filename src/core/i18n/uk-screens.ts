import type { PluralForms } from '../plural';

/**
 * The Ukrainian strings of the search, saved and settings screens. They load with those
 * screens (lazily), not with the list: every other string lives in uk.ts.
 */
export const ukScreens = {
  notFoundTitle: 'Сторінку не знайдено',
  notFoundText: 'Такої сторінки в застосунку немає.',
  toHome: 'На головну',
  settingsDescription:
    'Сповіщення, мої теми, розмір тексту, тема, мова, читання вголос, економія трафіку, документи та місце на пристрої.',
  notificationsToggle: 'Повідомляти про нові новини',
  notificationsHint:
    'Одне сповіщення на кожне оновлення стрічки, навіть коли застосунок закрито. Термінові оголошення та новини з ваших тем приходять завжди.',
  notificationsBlocked:
    'Сповіщення заблоковано в налаштуваннях браузера. Дозвольте їх для цього сайту, щоб отримувати новини.',
  notificationsUnsupported: 'Цей браузер не вміє показувати сповіщення.',
  pushFailed:
    'Не вдалося підписатися на сповіщення з сервера. Перевірка новин у фоні працює й без цього.',
  pushWhere:
    'Сповіщення приходять, навіть коли застосунок закрито: у Chrome, Edge, Firefox і Samsung Internet на Android та компʼютері, а на iPhone та iPad — коли «Вістки» додано на екран «Додому».',
  pushNeedsHomeScreen:
    'На iPhone та iPad сповіщення приходять, лише коли «Вістки» додано на екран «Додому»:',
  pushScopeLegend: 'Про що повідомляти',
  pushScopes: {
    all: 'Усі новини',
    sections: 'Лише вибрані розділи',
    urgent: 'Лише термінові оголошення',
  },
  pushSectionsLegend: 'Розділи',
  pushSectionsHint:
    'Термінові оголошення приходять з усіх розділів. Ваші теми перевіряються лише на цьому пристрої.',
  pushSectionsEmpty: 'Розділи зʼявляться, щойно завантажиться стрічка.',
  topicsHeading: 'Мої теми',
  topicsHint:
    'Слова, важливі для вас: вулиця, район, школа, «вода», «світло». Новини з ними позначаються у стрічці й приходять сповіщенням, навіть коли інші сповіщення вимкнено. Теми зберігаються лише на цьому пристрої.',
  topicLabel: 'Нова тема',
  topicAdd: 'Додати',
  topicRemove: (topic: string) => `Вилучити тему «${topic}»`,
  topicsEmpty: 'Тем поки немає.',
  versionLabel: (version: string, built: string) => `Версія ${version}, збірка ${built}`,

  savedCount: {
    one: '{n} збережена стаття',
    few: '{n} збережені статті',
    many: '{n} збережених статей',
    other: '{n} збереженої статті',
  } satisfies PluralForms,
  savedEmptyTitle: 'Збережених статей поки немає',
  savedEmptyText:
    'Натисніть «Зберегти» на новині — і вона залишиться на пристрої, доступна без інтернету.',
  savedDescription: 'Статті, які ви зберегли: доступні без інтернету.',

  searchLabel: 'Пошук у новинах',
  searchButton: 'Знайти',
  searchDescription: 'Пошук у новинах на цьому пристрої, також без інтернету.',
  searchHint: 'Введіть щонайменше 2 літери. Пошук працює й без інтернету.',
  searchPreparing: 'Готуємо пошук…',
  searchFound: {
    one: 'Знайдено {n} новину',
    few: 'Знайдено {n} новини',
    many: 'Знайдено {n} новин',
    other: 'Знайдено {n} новини',
  } satisfies PluralForms,
  searchShown: (shown: string) => `Показано перші ${shown}`,
  searchNothing: 'Нічого не знайдено',
  searchNothingText: 'Спробуйте інше слово або лише його початок.',
  searchFailed: 'Пошук не вдався. Спробуйте ще раз.',

  readingSection: 'Читання',
  textSizeLabel: 'Розмір тексту',
  textSizes: ['Дрібний', 'Звичайний', 'Більший', 'Великий', 'Найбільший'],
  textSample: 'Так виглядатиме текст новин.',
  themeLabel: 'Тема',
  themes: { system: 'Як у системі', light: 'Світла', dark: 'Темна' },
  languageSection: 'Мова',
  languageLabel: 'Мова інтерфейсу',
  languageNote: 'Новини показано мовою, якою їх опублікувала міська рада.',
  dataSaverSection: 'Економія трафіку',
  dataSaverLabel: 'Не завантажувати фото без потреби',
  dataSaverHint: 'Фото завантажаться лише тоді, коли ви їх відкриєте.',
  storageSection: 'Місце на пристрої',
  keepLabel: 'Скільки незбережених новин тримати',
  keepChoice: {
    one: '{n} новину',
    few: '{n} новини',
    many: '{n} новин',
    other: '{n} новини',
  } satisfies PluralForms,
  keepHint: 'Старіші незбережені новини та їхні фото видаляються. Збережені — ніколи.',
  storageUsage: (used: string, quota: string) => `Використано ${used} із доступних ${quota}`,
  photoUsage: (used: string, budget: string) =>
    `Фото новин займають ${used} із відведених на них ${budget}`,
  storageUnknown: 'Браузер не повідомляє, скільки місця використано.',
  storagePersisted: 'Браузер не видалятиме ці дані, навіть коли забракне місця.',
  storageNotPersisted: 'Коли на пристрої забракне місця, браузер може видалити ці дані.',
  clearCache: 'Очистити кеш',
  clearCacheHint:
    'Видаляє фото, документи й незбережені новини. Збережені статті, їхні фото й документи залишаються.',
  documentUsage: (used: string) => `Документи займають ${used}`,
  documentsSection: 'Документи без інтернету',
  documentKeepingLabel: 'Зберігати документи для читання без мережі',
  documentKeepingChoices: {
    always: 'Завжди (кожен до 2 МБ)',
    saved: 'Лише для збережених статей',
    never: 'Ніколи',
  },
  documentKeepingHint:
    'Рішення, проєкти й розпорядження у PDF чи Word відкриються й без інтернету. Поки увімкнено економію трафіку, документи не завантажуються.',
  readAloudSection: 'Читання вголос',
  readAloudVoice: 'Голос',
  readAloudDefaultVoice: 'Типовий голос пристрою',
  readAloudRate: 'Швидкість',
  readAloudRates: ['Повільніше', 'Звичайна', 'Швидше', 'Найшвидша'],
  readAloudHint: 'Кнопка «Прослухати» в статті читає її заголовок і текст.',
  readAloudNoVoice:
    'На цьому пристрої немає українського голосу. Додайте його в налаштуваннях синтезу мовлення системи — і зʼявиться кнопка «Прослухати».',
  cacheCleared: 'Кеш очищено',
  clearCacheFailed: 'Не вдалося очистити кеш. Спробуйте ще раз.',
  settingFailed: 'Не вдалося зберегти налаштування. Спробуйте ще раз.',
  readOnPortal: 'Читати на порталі',
  eventOver: 'Ця подія вже минула',
  addToCalendar: 'Додати в календар',
  documentsHeading: 'Документи',
  documentFile: 'Файл',
  kilobytes: 'КБ',
  megabytes: 'МБ',
  documentOnlineOnly: 'Доступно лише з інтернетом',
  documentNotKept: 'Цього документа немає на пристрої. Відкрийте його, коли зʼявиться інтернет.',
  listen: 'Прослухати',
  readingAloud: 'Читання вголос',
  pauseReading: 'Пауза',
  resumeReading: 'Продовжити',
  stopReading: 'Зупинити',
  linkCopied: 'Посилання скопійовано',
  copyFailed: 'Не вдалося скопіювати посилання',
  photoOf: (title: string) => `Фото до новини «${title}»`,
  articleMissingTitle: 'Цієї новини вже немає у стрічці',
  articleMissingText:
    'Можливо, її вилучили зі стрічки або посилання неповне. Інші новини міської ради нижче.',
  articleMissingOffline:
    'Цієї новини немає серед збережених на цьому пристрої. Відкрийте посилання, коли зʼявиться інтернет.',
  originalLink: 'Відкрити на порталі міської ради',
  updateReady: 'Доступна нова версія застосунку',
  updateNow: 'Оновити',
  dismiss: 'Закрити',
  topicMatch: (topics: string[]) =>
    `Мої теми: ${new Intl.ListFormat('uk', { type: 'conjunction' }).format(topics)}`,
  moreNews: (count: number) => `+${count} ще`,
  urgentTitle: (title: string) => `Терміново: ${title}`,
  notificationsHeading: 'Сповіщення',
  notificationPrompt: 'Повідомляти вас про нові новини міської ради?',
  notificationPromptAccept: 'Так, повідомляти',
  notificationPromptDecline: 'Ні, дякую',
  shareTitle: 'Поділитися новиною',
  copyLink: 'Скопіювати посилання',
  copyPortalLink: 'Скопіювати посилання на портал',
  shareTelegram: 'Telegram',
  shareViber: 'Viber',
  shareFacebook: 'Facebook',
  shareEmail: 'Електронна пошта',
  close: 'Закрити',
  installOffer:
    'Встановіть застосунок «Вістки», щоб новини відкривалися миттєво, навіть без інтернету.',
  installLater: 'Не зараз',
  iosInstallTitle: 'Додайте «Вістки» на екран «Додому»',
  iosInstallStep1: 'Натисніть «Поділитися» внизу екрана',
  iosInstallStep2: 'Оберіть «На екран "Додому"»',
};

/** The shape every translation of the screens' strings must have. */
export type ScreenMessages = typeof ukScreens;
