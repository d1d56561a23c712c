// Node's module hook, registered by select-city.ts: `#city/<export>` (src/core/city.ts) resolves
// to the chosen city file.
let cityUrl;

export function initialize(url) {
  cityUrl = url;
}

export function resolve(specifier, context, next) {
  return next(specifier.startsWith('#city/') ? cityUrl : specifier, context);
}
