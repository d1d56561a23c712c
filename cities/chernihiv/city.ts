import type { CityFile } from '../../src/core/city';

// Chernihiv, the first city. Everything that makes a build this city's is here and in public/
// (icons, the link-preview card, store screenshots): cities/README.md says how to add another.

export const contentLanguage: CityFile['contentLanguage'] = 'uk';

export const timeZone: CityFile['timeZone'] = 'Europe/Kyiv';

export const uk: CityFile['uk'] = {
  council: 'Чернігівська міська рада',
  listDescription: 'Новини й оголошення Чернігівської міської ради, доступні й без інтернету.',
};

export const en: CityFile['en'] = {
  council: 'Chernihiv City Council',
  listDescription: 'News and announcements of Chernihiv City Council, available offline too.',
};

export const install: CityFile['install'] = {
  name: 'Вістки — новини Чернігівської міської ради',
  description:
    'Новини й оголошення Чернігівської міської ради: читайте без інтернету, діліться з сусідами.',
  shortName: 'Вістки',
};

export const colours: CityFile['colours'] = {
  light: { accent: '#0b5cad', accentText: '#ffffff', accentSoft: '#e3eefa', header: '#0b5cad' },
  dark: { accent: '#8cc0ff', accentText: '#0b1a2b', accentSoft: '#1c2d41', header: '#15355a' },
};

// The portal's sidebar (beside every article page of the portal). The addresses follow the
// portal's romanised slugs and must be checked against the live portal before a release.
export const portalLinks: CityFile['portalLinks'] = [
  {
    href: 'https://chernigiv-rada.gov.ua/onlain-translyatsii/',
    label: { uk: 'Онлайн трансляції', en: 'Live broadcasts' },
  },
  {
    href: 'https://chernigiv-rada.gov.ua/biudzhet-uchasti/',
    label: { uk: 'Бюджет участі', en: 'Participatory budget' },
  },
  {
    href: 'https://chernigiv-rada.gov.ua/misto-lehend/',
    label: { uk: 'Місто легенд', en: 'City of legends' },
  },
  {
    href: 'https://chernigiv-rada.gov.ua/stvorennia-osbb/',
    label: { uk: 'Створення ОСББ', en: 'Setting up a condominium (OSBB)' },
  },
  {
    href: 'https://chernigiv-rada.gov.ua/chernihiv-kupui-ridne/',
    label: { uk: 'Чернігів, купуй рідне!', en: 'Chernihiv, buy local!' },
  },
];

export const announcementSections: CityFile['announcementSections'] = [
  'Анонси та оголошення',
  'Анонси',
  'Оголошення',
];

export const urgentRule: CityFile['urgentRule'] = {
  sections: ['Анонси та оголошення', 'Безпека', 'Комунальні повідомлення'],
  categories: ['Терміново', 'Термінове', 'Увага'],
};

// How the portal bridge reads chernigiv-rada.gov.ua (selectors verified against the portal's
// own pages: test/fixtures/portal/). The announcements' list address is a guess; a section
// that fails is logged and never takes the news down with it.
export const portalCrawl: CityFile['portalCrawl'] = {
  name: 'Чернігівська міська рада',
  feedTitle: 'Новини Чернігівської міської ради',
  description: 'Новини та оголошення з офіційного веб-порталу Чернігівської міської ради',
  language: 'uk',
  portalUrl: 'https://chernigiv-rada.gov.ua',
  contactUrl: 'https://chernigiv-rada.gov.ua/',
  sources: [
    {
      section: 'Новини',
      url: '/news/',
      pageUrl: '/news/?page={page}',
    },
    {
      section: 'Анонси та оголошення',
      url: '/anonsy-ta-ogoloshennya/',
      pageUrl: '/anonsy-ta-ogoloshennya/?page={page}',
      maxPages: 1,
    },
  ],
  list: {
    container: '.listNews',
    item: '.itemListNews',
    title: '.headLine',
    link: 'a[href]',
    date: '.date',
    summary: '.anonsListNews',
  },
  article: {
    urls: [
      {
        match: '^/news/id-(\\d+)/?$',
        canonical: '/news/id-$1/',
      },
      {
        match: '^/news/view/(\\d+)/?$',
        canonical: '/news/view/$1',
      },
    ],
    title: 'h1',
    date: '.date',
    body: '.textContent',
    images: '.mainImgNews img, .galleryNews img',
    attachments: 'a[href]',
    remove: ['script', 'style', '.share', '.printNews'],
  },
  attachmentTypes: {
    pdf: 'application/pdf',
    doc: 'application/msword',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    xls: 'application/vnd.ms-excel',
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    odt: 'application/vnd.oasis.opendocument.text',
    rtf: 'application/rtf',
  },
  signaturePatterns: [
    '^Прес-?служба',
    '^Відділ зв',
    '^Інформаційна служба',
    '^За інформацією',
    '^З повагою',
  ],
  limits: {
    pages: 2,
    articles: 60,
    minIntervalMs: 1000,
    articleTtlHours: 24,
    timeoutMs: 20000,
    maxBytes: 5000000,
  },
};
