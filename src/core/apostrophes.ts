// Kept apart from letters.ts: the first screen's section addresses need this list and nothing
// else of it, and a module the first screen imports ships whole in its bundle.

/** Every apostrophe in use: typewriter, typographic, modifier letters, backtick, acute accent. */
export const APOSTROPHE_CHARS = "'\u2019\u2018\u02bc\u02b9`\u00b4";
