/** A configuration mistake, reported to the person starting the server before anything runs. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
