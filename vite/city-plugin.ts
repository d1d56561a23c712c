import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { findCityFile } from '../src/server/city-file';
import type { CityFile, ThemeColours } from '../src/core/city';
import { BUILD_CITY_FILE } from '../src/server/ensure-build';

/** The city a build is made for: its file, its folder and what the build reads from it. */
export interface BuildCity {
  file: string;
  folder: string;
  module: CityFile;
}

/** The city CITY names (package.json's `#city/*` without it), loaded for the build. */
export async function loadBuildCity(): Promise<BuildCity> {
  const file = findCityFile();
  const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as CityFile;
  return { file, folder: dirname(file), module };
}

export const CITY_COLOURS_MODULE = 'virtual:city-colours.css';
const RESOLVED_COLOURS_MODULE = `\0${CITY_COLOURS_MODULE}`;
const CITY_PIECE = /^#city\/(\w+)$/;

const themeRules = ({ accent, accentText, accentSoft, header }: ThemeColours) =>
  `--accent:${accent};--accent-text:${accentText};--accent-soft:${accentSoft};--header-bg:${header};`;

/**
 * The city's colours as the custom properties styles.css paints with, under the same selectors
 * as its themes: the light ones by default, the dark ones when the phone or the resident says so.
 */
export function getCityColoursCss({ light, dark }: CityFile['colours']): string {
  return (
    `:root{${themeRules(light)}}` +
    `@media (prefers-color-scheme: dark){:root:not([data-theme='light']){${themeRules(dark)}}}` +
    `:root[data-theme='dark']{${themeRules(dark)}}`
  );
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * `#city/<export>`: that one export of the city file as a module of its own, so each chunk
 * carries only the pieces it uses; and `virtual:city-colours.css`. The app's build and each
 * worker's build (the service worker, the refresh and search workers) need it.
 */
export function cityModulesPlugin(city: BuildCity): Plugin {
  return {
    name: 'vistky:city-modules',
    // Before Vite's resolver, which would read package.json's `#city/*` as the whole file.
    enforce: 'pre',
    resolveId(id) {
      if (id === CITY_COLOURS_MODULE) return RESOLVED_COLOURS_MODULE;
      const piece = CITY_PIECE.exec(id)?.[1];
      if (piece === undefined) return null;
      if (!Object.hasOwn(city.module, piece)) {
        this.error(
          `${city.file} exports no ${piece} (src/core/city.ts says what a city file exports)`,
        );
      }
      return `${city.file}?piece=${piece}`;
    },
    load(id) {
      if (id === RESOLVED_COLOURS_MODULE) return getCityColoursCss(city.module.colours);
      if (!id.startsWith(`${city.file}?piece=`)) return null;
      const piece = id.slice(id.indexOf('=') + 1) as keyof CityFile;
      // A city's pieces are data, written as JSON; a chunk that does not use one leaves it out.
      const code = `export const ${piece} = ${JSON.stringify(city.module[piece])};`;
      return { code, moduleSideEffects: false };
    },
  };
}

/**
 * Makes the build the city's: its pieces (cityModulesPlugin), its public/ folder as the site's
 * root files (icons, the link-preview card, screenshots), its names and bar colours in
 * index.html, and a record of the city beside the page renderer.
 */
export function cityPlugin(city: BuildCity): Plugin[] {
  let isSsrBuild = false;
  const { uk, install, colours } = city.module;
  const htmlValues: Record<string, string> = {
    description: uk.listDescription,
    shortName: install.shortName,
    themeLight: colours.light.header,
    themeDark: colours.dark.header,
  };
  const site: Plugin = {
    name: 'vistky:city',
    config: (_config, env) => {
      isSsrBuild = env.isSsrBuild === true;
      return { publicDir: join(city.folder, 'public') };
    },
    // Beside the page renderer, never served: which city `npm start` finds built (ensure-build).
    writeBundle(options) {
      if (isSsrBuild && options.dir) {
        writeFileSync(join(options.dir, BUILD_CITY_FILE), JSON.stringify({ file: city.file }));
      }
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace(/\{\{city\.(\w+)\}\}/g, (placeholder, name: string) => {
          const value = htmlValues[name];
          if (value === undefined) throw new Error(`index.html: no city value for ${placeholder}`);
          return escapeAttribute(value);
        }),
    },
  };
  return [cityModulesPlugin(city), site];
}
