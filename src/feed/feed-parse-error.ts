/** Why a body could not be read as a feed; the UI picks its Ukrainian message by this. */
export type FeedParseErrorKind =
  | 'too-large'
  | 'empty'
  | 'html-page'
  | 'not-a-feed'
  | 'broken-xml'
  | 'too-deep'
  | 'broken-json'
  | 'not-json-feed'
  | 'no-usable-items';

/** The body is not a feed the app can read; the message says what it is and what to do. */
export class FeedParseError extends Error {
  override readonly name = 'FeedParseError';

  constructor(
    message: string,
    readonly kind: FeedParseErrorKind = 'not-a-feed',
  ) {
    super(message);
  }
}
