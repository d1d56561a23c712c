import type { CityFile } from './city';

/**
 * The web app manifest of a city's build: what the phone shows when the app is installed. Store
 * screenshots are listed when the city's folder has them (`hasFile`, a path under public/).
 */
export const getWebAppManifest = (
  { install, colours, contentLanguage }: Pick<CityFile, 'install' | 'colours' | 'contentLanguage'>,
  hasFile: (path: string) => boolean,
) => ({
  id: '/',
  name: install.name,
  short_name: install.shortName,
  description: install.description,
  lang: contentLanguage,
  dir: 'ltr' as const,
  start_url: '/',
  scope: '/',
  display: 'standalone' as const,
  orientation: 'any' as const,
  theme_color: colours.light.header,
  // The page's own background (styles.css --bg), so the splash screen turns into the app.
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
      form_factor: 'narrow' as const,
      label: 'Стрічка новин міської ради на телефоні',
    },
    {
      src: '/screenshots/article-narrow.png',
      sizes: '360x740',
      type: 'image/png',
      form_factor: 'narrow' as const,
      label: 'Новина з фото, доступна без інтернету',
    },
    {
      src: '/screenshots/list-wide.png',
      sizes: '1280x800',
      type: 'image/png',
      form_factor: 'wide' as const,
      label: 'Стрічка новин на компʼютері',
    },
  ].filter((screenshot) => hasFile(screenshot.src)),
});
