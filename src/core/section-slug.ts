// The official Ukrainian romanisation (Cabinet of Ministers resolution 55, 2010), as the portal's
// own section addresses use it: «Вулиці та провулки» → vulytsi-ta-provulky.
const LETTERS: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ю: 'iu',
  я: 'ia',
};
// At the start of a word these letters are written differently: Єнакієве → Yenakiieve.
const WORD_INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
// The romanisation drops the apostrophe: «Пʼять» → piat. These are APOSTROPHE_CHARS of
// letters.ts, spelled out because importing them would put all of letters.ts into the first
// screen's bundle; test/unit/core/section-slug.test.ts checks that every one of those is dropped.
const APOSTROPHES = /['\u2018\u2019\u02b9\u02bc\u00b4`]/g;

function romanize(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const char = word[i]!;
    // «зг» is written zgh so that it does not read as «ж»: Згурівка → Zghurivka.
    if (char === 'г' && word[i - 1] === 'з') out += 'gh';
    else out += (i === 0 ? WORD_INITIAL[char] : undefined) ?? LETTERS[char] ?? char;
  }
  return out;
}

/**
 * The address part of a section: its name romanised and hyphenated, «Анонси та оголошення» →
 * anonsy-ta-oholoshennia. A pure function of the name, so links stay valid across devices and
 * versions. A name with nothing romanisable gets a percent-encoded slug instead.
 */
export function getSectionSlug(name: string): string {
  const words = name
    .normalize('NFC')
    .toLocaleLowerCase('uk')
    .replace(APOSTROPHES, '')
    .split(/[^\p{L}\p{N}]+/u);
  const slug = words
    .filter(Boolean)
    .map(romanize)
    .join('-')
    .replace(/[^a-z0-9-]+/g, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
  return slug || encodeURIComponent(name.trim());
}
