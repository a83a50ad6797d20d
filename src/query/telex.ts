/**
 * Telex slips: Vietnamese phone and desktop users type with the Telex input method, and when the
 * method is off (or a key is hit too fast) its keystrokes stay in the text: "giao ban quys 3"
 * (quý), "chur tri" (chủ), "hopj" (họp), "ngayf" (ngày), "tieeps" (tiếp). A Vietnamese syllable
 * never ends in s, f, r, x or j, so a word that is a syllable followed by one of those keys is
 * such a slip, whatever the word means: the key is read back as the tone it stands for.
 *
 * Closed class: the five Telex tone keys and the Telex vowel keys (aa, aw, ee, oo, ow, uw, dd);
 * nothing here depends on a topic, place or person.
 */
import { normalizeToneMarks } from '../text/normalize.ts';

/** Telex tone keys → the combining mark they type. */
const TONE_KEYS: Readonly<Record<string, string>> = {
  s: '\u0301', // sắc
  f: '\u0300', // huyền
  r: '\u0309', // hỏi
  x: '\u0303', // ngã
  j: '\u0323', // nặng
};

/** Telex letter keys → the letter they type (only read inside a word that ends in a tone key). */
const LETTER_KEYS: readonly (readonly [RegExp, string])[] = [
  [/dd/u, 'đ'],
  [/aa/u, 'â'],
  [/aw/u, 'ă'],
  [/ee/u, 'ê'],
  [/oo/u, 'ô'],
  [/uow/u, 'ươ'],
  [/ow/u, 'ơ'],
  [/uw/u, 'ư'],
];

// One Vietnamese syllable: initial consonant (qu and gi before a vowel count as consonants), a
// vowel cluster of one to three letters, an optional final consonant.
const SYLLABLE =
  /^(ngh|ng|nh|ch|gh|gi(?=[aăâeêoôơuưy])|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?([aăâeêioôơuưy]{1,3})(ch|ng|nh|[cmnpt])?$/u;
/** Vowels that carry the tone whenever they are in the cluster (ơ before ư in "ươ"). */
const MARKED_VOWELS = ['ơ', 'ư', 'ê', 'â', 'ă', 'ô'] as const;
/** Shortest slip read: two-letter words ending in a key are chat shorthand ("vs", "tx"). */
const MIN_LENGTH = 3;

/**
 * The syllable a word typed with a Telex slip stands for, or null when the word is not one.
 * Case is kept for the first letter (a name typed "Hoaf" → "Hòa"). With `bare`, the tone key is
 * dropped instead of applied ("quys" → "quy"), for a question typed without any diacritics that
 * must stay bare (its reading is restored from the index later, restore.ts).
 * @param word one word as typed (letters only).
 */
export function undoTelexSlip(word: string, bare = false): string | null {
  if (word.length < MIN_LENGTH) return null;
  // An acronym (two capitals) is no slip: "UBKT", "HTX".
  if (/^\p{L}\p{Lu}/u.test(word)) return null;
  const key = word.slice(-1).toLowerCase();
  const mark = TONE_KEYS[key];
  if (mark === undefined) return null;
  const upper = /^\p{Lu}/u.test(word);
  let body = word.slice(0, -1).toLowerCase();
  if (!bare) for (const [re, letter] of LETTER_KEYS) body = body.replace(re, letter);
  const m = SYLLABLE.exec(body);
  if (!m) return null;
  const initial = m[1] ?? '';
  const cluster = m[2] ?? '';
  const final = m[3] ?? '';
  let out = body;
  if (!bare) {
    const at = initial.length + toneIndex(cluster, final !== '');
    out = normalizeToneMarks(`${body.slice(0, at + 1)}${mark}${body.slice(at + 1)}`.normalize('NFC'));
  }
  return upper ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}

/** Index in the vowel cluster of the vowel that carries the tone (the older, common placement). */
function toneIndex(cluster: string, closed: boolean): number {
  for (const v of MARKED_VOWELS) {
    const i = cluster.indexOf(v);
    if (i >= 0) return i;
  }
  if (cluster.length === 1) return 0;
  // "toán", "hoạt": a closed syllable takes it on the last vowel; "hòa", "tuổi": an open one on
  // the first of two, the middle of three.
  if (closed) return cluster.length - 1;
  return cluster.length === 3 ? 1 : 0;
}
