import { register } from 'node:module';
import { pathToFileURL } from 'node:url';
import { findCityFile } from '../src/server/city-file';

// `node --import tsx --import ./cities/select-city.ts …`: in this process, `#city` is the city
// file CITY names, as it is in the build (vite.config.ts), so the server's pages, pushes and the
// portal bridge speak for the same city as the app they serve.
try {
  register('./resolve-city.mjs', import.meta.url, { data: pathToFileURL(findCityFile()).href });
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
