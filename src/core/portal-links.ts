/** A link of the portal's sidebar, with its label in each interface language. */
export interface PortalLink {
  href: string;
  label: { uk: string; en: string };
}

/**
 * The portal's sidebar (beside every article page of the portal), shown in the menu and opened in
 * the browser. Configuration: the addresses follow the portal's romanised slugs and must be
 * checked against the live portal before a release; another city lists its own.
 */
export const PORTAL_LINKS: PortalLink[] = [
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
