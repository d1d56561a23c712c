/** The web app manifest: what the phone shows when the app is installed. */
export const WEB_APP_MANIFEST = {
  id: '/',
  name: 'Вістки — новини Чернігівської міської ради',
  short_name: 'Вістки',
  description:
    'Новини й оголошення Чернігівської міської ради: читайте без інтернету, діліться з сусідами.',
  lang: 'uk',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'any',
  theme_color: '#0b5cad',
  background_color: '#f4f6f8',
  categories: ['news'],
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
    { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
  shortcuts: [
    {
      name: 'Збережені новини',
      short_name: 'Збережені',
      url: '/saved',
      icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
    },
    {
      name: 'Пошук новин',
      short_name: 'Пошук',
      url: '/search',
      icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
    },
  ],
  screenshots: [
    {
      src: '/screenshots/list-narrow.png',
      sizes: '360x740',
      type: 'image/png',
      form_factor: 'narrow',
      label: 'Стрічка новин міської ради на телефоні',
    },
    {
      src: '/screenshots/article-narrow.png',
      sizes: '360x740',
      type: 'image/png',
      form_factor: 'narrow',
      label: 'Новина з фото, доступна без інтернету',
    },
    {
      src: '/screenshots/list-wide.png',
      sizes: '1280x800',
      type: 'image/png',
      form_factor: 'wide',
      label: 'Стрічка новин на компʼютері',
    },
  ],
} as const;
