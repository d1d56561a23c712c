/** The portal could not be read (network, timeout, refusal, server error): exit code 1. */
export class PortalError extends Error {
  override name = 'PortalError';
}

/** The portal's markup or URLs no longer match the configuration: exit code 2. */
export class MarkupError extends Error {
  override name = 'MarkupError';

  /** The error for a selector that matched nothing, naming both so the web team knows what to fix. */
  static forSelector(selector: string, page: string, detail = 'found nothing'): MarkupError {
    return new MarkupError(`selector "${selector}" ${detail} on ${page}`);
  }
}

/** Bad arguments, an unreadable configuration file or an unwritable output: exit code 3. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The exit code the CLI reports for an error thrown by a bridge run. */
export function getExitCode(error: unknown): 1 | 2 | 3 {
  if (error instanceof PortalError) return 1;
  if (error instanceof MarkupError) return 2;
  return 3;
}

/** Exit code of a run that wrote the feed while some sections failed and kept their last good items. */
export const SECTIONS_FAILED_EXIT_CODE = 4;
