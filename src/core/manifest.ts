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
} as const;
