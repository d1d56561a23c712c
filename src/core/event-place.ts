const STREET = String.raw`(?:вул\.|вулиц[яіюею]+|просп\.|проспект[іу]?|пров\.|провул(?:ок|ку|ці)|пл\.|площ[аіу]|бульв\.|бульвар[іу]?|майдан[іу]?|узвіз|узвозі|шосе)`;
const NAME_WORD = String.raw`[\p{Lu}\d][\p{L}\d’ʼ'-]*\.?`;
// «вул. Магістратська, 7», «просп. Перемоги, 141», «вул. Івана Мазепи, 40/2».
const ADDRESS = new RegExp(
  String.raw`(?<!\p{L})${STREET}\s*${NAME_WORD}(?:\s+${NAME_WORD}){0,3},\s*\d{1,4}(?:-?[а-яієї](?!\p{L}))?(?:\/\d{1,4})?`,
  'iu',
);

// Where people gather, in the locative case: «у малій залі», «на Красній площі», «в ЦНАП».
const VENUES = new Set([
  'залі',
  'приміщенні',
  'сквері',
  'парку',
  'бібліотеці',
  'площі',
  'будинку',
  'центрі',
  'палаці',
  'театрі',
  'музеї',
  'школі',
  'ліцеї',
  'гімназії',
  'клубі',
  'кабінеті',
  'холі',
  'фоє',
  'стадіоні',
  'цнап',
  'укритті',
  'кінотеатрі',
  'філармонії',
  'соборі',
  'храмі',
  'церкві',
  'майдані',
  'галереї',
  'садибі',
  'дворі',
  'алеї',
  'набережній',
]);
// Words before the venue: adjectives in the locative («малій», «Центральному») or names.
const MODIFIER = /^(?:\p{Lu}.*|.+(?:ій|ому|ім|ої|их|ий))$/u;
// Words after it that still name it: genitives («міської ради», «Будинку культури») or names.
// Verbs end in -я and -и too: «відбудеться», «прийматимуть», «проводити» end the phrase.
const OF_VENUE =
  /^(?!.*(?:ся|уть|ють|ать|ять|ить|ти)$)(?:\p{Lu}.*|«.*|.+(?:и|ї|у|а|я|ого|ої|их|ів|ей))$/u;
const STOP_WORDS = new Set(
  'на у в о об з із до за та і й біля поблизу поруч навпроти перед під над між після для'.split(
    ' ',
  ),
);

/** A street address in a sentence: «вул. Магістратська, 7»; null when it has none. */
export function findAddress(sentence: string): string | null {
  return ADDRESS.exec(sentence)?.[0].replace(/\s+/g, ' ') ?? null;
}

/**
 * The venue a sentence names with its preposition, up to the first punctuation or word that no
 * longer names it: «у малій залі Будинку культури «Сіверянка»»; null when it names none.
 */
export function findVenue(sentence: string): string | null {
  // Words with what follows each (a space, or punctuation that ends the phrase).
  const words = [...sentence.matchAll(/(«[^»]{1,60}»|[\p{L}\d’ʼ'-]+)([^\p{L}\d«]*)/gu)];
  for (let i = 0; i < words.length; i++) {
    if (!/^(?:у|в|на)$/iu.test(words[i]![1]!)) continue;
    for (let j = i + 1; j <= i + 4 && j < words.length; j++) {
      const word = words[j]![1]!;
      const isVenue = VENUES.has(word.toLowerCase());
      if (!isVenue && !(MODIFIER.test(word) && /^\s+$/.test(words[j]![2]!))) break;
      if (!isVenue) continue;
      let last = j;
      while (
        /^\s+$/.test(words[last]![2]!) &&
        last + 1 < words.length &&
        last - j < 4 &&
        OF_VENUE.test(words[last + 1]![1]!) &&
        !STOP_WORDS.has(words[last + 1]![1]!.toLowerCase())
      ) {
        last++;
      }
      const end = words[last]!.index + words[last]![1]!.length;
      return sentence.slice(words[i]!.index, end);
    }
  }
  return null;
}
