/** A link of the portal's sidebar, with its label in each interface language. */
export interface PortalLink {
  href: string;
  label: { uk: string; en: string };
}

/**
 * The city this build serves. Configuration, not code: another city, or a portal that moved its
 * pages, is an edit here. The section addresses follow the portal's romanised slugs (notes §1.1)
 * and must be checked against the live portal before a release.
 */
export const CITY_CONFIG = {
  portalUrl: 'https://chernigiv-rada.gov.ua/',
  /** The language articles are written in, marked on content so a translated UI reads it right. */
  contentLanguage: 'uk',
  /** The portal's sidebar (seed/portal-article-page.txt), shown in the menu, opened in the browser. */
  portalLinks: [
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
  ] satisfies PortalLink[],
} as const;
