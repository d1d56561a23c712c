// Function words that match nearly every article, so they only slow search down and add noise.
// Our own list (the one in @orama/stopwords is mis-encoded), written as folded.
const STOPWORDS = new Set(
  (
    'а аби адже але б би бо в від він вона вони воно все всі вже де для до же з за зі і із й ' +
    'їй їх його її ми мені на над не ні о об по при про та так там те ти то той ту тут у ' +
    'хто це цей ця ці чи що щоб як який яка яке які ще ж також тобто теж між під через'
  ).split(' '),
);

/** Whether a folded word is too common to search for on its own. */
export function isStopword(term: string): boolean {
  return STOPWORDS.has(term);
}
