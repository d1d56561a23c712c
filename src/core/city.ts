import type { Language } from './settings';

/*
 * What a city file exports. The city a build serves is cities/<CITY>/city.ts, chosen by the CITY
 * variable at build time (vite/city-plugin.ts) and when Node runs the server or a CLI
 * (cities/select-city.ts). Modules import each piece by its export's name, `#city/<export>`: Node
 * reads the one file for all of them (package.json `imports`), while the build makes each a module
 * of its own, so a chunk carries only the pieces its screens use (the portal's links ride with the
 * menu, the crawl rules and the install texts never reach a browser).
 */

/** The names of the city's council in one interface language. */
export interface CityTexts {
  /** The council, as the header and the link previews name it: «Чернігівська міська рада». */
  council: string;
  /** One sentence about the app for search results and previews (≤ 160 characters). */
  listDescription: string;
}

/** A link of the portal's sidebar, with its label in each interface language. */
export interface PortalLink {
  href: string;
  label: Record<Language, string>;
}

/** Colours of one theme; the header's text is white (light) or near white (dark) on `header`. */
export interface ThemeColours {
  /** Links, buttons and focus rings on the page's surface. */
  accent: string;
  /** Text on an accent-coloured button. */
  accentText: string;
  /** Tinted backgrounds: chips, the selected section. */
  accentSoft: string;
  /** The header bar, also the phone's status bar (theme-color). */
  header: string;
}

/**
 * What a city file exports, each piece typed `CityFile['<piece>']` in cities/<name>/city.ts; the
 * council's names are one export per interface language (`uk`, `en`), so the first screen loads
 * only its own language's.
 */
export type CityFile = Record<Language, CityTexts> & CityPieces;

interface CityPieces {
  /** The language the articles are written in, marked on content so a translated UI reads it. */
  contentLanguage: string;
  /** The city's IANA time zone: dates on cards, events, the portal's times. */
  timeZone: string;
  /** The installed app, in the articles' language: the manifest and index.html. */
  install: {
    /** The full name and the line under it in an install sheet. */
    name: string;
    description: string;
    /** The name under the icon on a home screen (≤ 12 characters shows whole on most phones). */
    shortName: string;
  };
  colours: { light: ThemeColours; dark: ThemeColours };
  /** The portal's sidebar, shown in the menu and opened in the browser. */
  portalLinks: PortalLink[];
  /** Sections whose articles announce an event: their cards and pages say when and where. */
  announcementSections: string[];
  /**
   * Items that notify even when general notifications are off: one of `categories` among an
   * item's categories, in one of `sections` (any section when empty).
   */
  urgentRule: { sections: string[]; categories: string[] };
  /** How the portal bridge reads the portal's pages (checked by portal-bridge/portal-config.ts), or null. */
  portalCrawl: unknown;
}
