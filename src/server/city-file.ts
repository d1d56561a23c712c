import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const CITIES = join(ROOT, 'cities');

/**
 * The city file CITY names: `cities/<CITY>/city.ts`, or `<CITY>/city.ts` when CITY is a path
 * (a city kept outside this repository, or the tests' fictional one). Without CITY, the default
 * that package.json's `#city/*` import names. Throws a message a person can act on.
 */
export function findCityFile(city = process.env.CITY): string {
  if (!city)
    return resolve(
      ROOT,
      (
        JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
          imports: Record<string, string>;
        }
      ).imports['#city/*']!,
    );
  const isPath = city.includes('/');
  if (!isPath && !/^[a-z0-9-]+$/.test(city)) {
    throw new Error(
      `CITY=${city}: name a folder of cities/ (letters a–z, digits, -) or give a path to a city's folder`,
    );
  }
  const file = join(isPath ? resolve(city) : join(CITIES, city), 'city.ts');
  if (!existsSync(file)) {
    const known = readdirSync(CITIES, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(CITIES, entry.name, 'city.ts')))
      .map((entry) => entry.name);
    throw new Error(`CITY=${city}: there is no ${file} (the cities here: ${known.join(', ')})`);
  }
  return file;
}
