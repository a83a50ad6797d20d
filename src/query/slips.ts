/**
 * Slips of a chat question read as the word the user meant, decided by the index's own vocabulary
 * (src/index/surface-forms.ts: the syllables and syllable pairs its full-text tables hold), never by
 * a list: if the same articles named other places, the same slips would be mended the same way.
 *
 * Only a syllable the index never writes is touched, and only where one reading is clear; a bare one
 * must moreover be spelt as no Vietnamese syllable is ({@link wellSpelt}: "hom" may be a word the
 * articles lack, "giog" is a slip):
 * - a wrong tone mark ("Ba Bẻ", "công nghẹ", "kết náp"): the typed form is never written, the bare
 *   syllable is: it takes the spelling the gazetteer or a learned bigram with its neighbour gives
 *   it (a written one), else it stays as typed ("bao nhiêu" is not in every index's text); in a
 *   question otherwise typed bare it is typed bare too ("ket náp" → "ket nap");
 * - words run together ("baoyen", "lagi", "toantrinh"): split where the two halves are written
 *   syllables and the index writes them side by side (one such split only);
 * - one letter dropped, doubled, wrong or swapped ("giao bann", "xuong giog", "san luog",
 *   "xau docc"): read as the written syllable at edit distance 1 that the index writes beside the
 *   question's neighbouring syllable, when that reading is unique (or far more frequent than any
 *   other) and seen at least {@link MIN_PAIR} times.
 * Words in capitals (acronyms), words with digits, place names the gazetteer knows and capitalised
 * bare words (names: a name the articles lack must stay absent, not become a present one) are left
 * as typed, and so are English questions.
 *
 * A half-accented question ("Thị uy Ngã năm", "Huyện uy Chư Sê … ket nap") is otherwise searched as
 * typed with its diacritics, where its bare syllables match nothing: its bare lower-case syllables
 * are restored from the learned bigrams (restore.ts) when at least one of them is.
 */
import { type SurfaceLookup, syllableKey } from '../index/surface-forms.ts';
import { findPlaces } from '../place/find.ts';
import { fold, hasDiacritics } from '../text/normalize.ts';
import { detectLang } from './lang.ts';
import { tokenize } from './match.ts';
import { questionWordSpans, restoreSurface } from './restore.ts';

/** Least chunk count of the pair that vouches for an edit-distance reading. */
export const MIN_PAIR = 2;
/** The chosen reading must be seen this many times more often than the next one. */
const DOMINANCE = 3;
/** Shortest bare syllable read as a letter slip (shorter ones are chat shorthand: "gb", "xd", "ak"). */
const MIN_SLIP_LENGTH = 3;
/** Longer texts are left as typed (a question is far shorter; parse cuts at 2000 characters after this). */
const MAX_MENDED_CHARS = 2000;

const SYLLABLE = /\p{L}+/gu;
const UPPER_START = /^\p{Lu}/u;
const ALL_CAPS = /^\p{Lu}{2,}$/u;
const CAPITALISED_WORD = /\p{Lu}\p{Ll}/u;

// Vietnamese spelling, folded: an onset, a vowel group, and a final consonant only after a group
// that may close (ai, ao, au, ay, eo, eu, iu, oi, ui, ưu… end open). Closed class of the orthography,
// approximate on the side of accepting: a syllable it accepts is never read as a slip.
const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?';
const OPEN_VOWELS =
  '(?:oai|oay|uay|uoi|uou|yeu|ieu|uyu|oao|oeo|ai|ao|au|ay|eo|eu|iu|oi|ui|uu|ay|ua|ia|ya|oo)';
const CLOSABLE_VOWELS = '(?:uye|uya|oa|oe|ue|uo|ie|ye|uy|a|e|i|o|u|y)';
const SPELLING = new RegExp(`^${ONSET}(?:${OPEN_VOWELS}|${CLOSABLE_VOWELS}(?:ch|nh|ng|[cmnpt])?)$`, 'u');

/** Whether a folded syllable is spelt as Vietnamese can spell one ("giog", "bann", "lagi" are not). */
export function wellSpelt(key: string): boolean {
  return SPELLING.test(key);
}

interface Syl {
  start: number;
  end: number;
  raw: string;
  key: string;
}

/** Whether `a` and `b` differ by one insertion, deletion, substitution or swap of adjacent letters. */
export function editOne(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** `word` with the case of `raw`'s first letter. */
const withCase = (raw: string, word: string): string =>
  UPPER_START.test(raw) ? word.charAt(0).toUpperCase() + word.slice(1) : word;

/**
 * The question with its slips mended (see the top of this file); unchanged without a vocabulary,
 * for English, or when nothing is clear.
 */
export function mendSlips(text: string, forms?: SurfaceLookup): string {
  const written = forms?.written;
  if (!forms || !written || text.length > MAX_MENDED_CHARS || !/\p{L}/u.test(text)) return text;
  const syls: Syl[] = [];
  for (const m of text.matchAll(SYLLABLE)) {
    const before = text[m.index - 1] ?? '';
    const after = text[m.index + m[0].length] ?? '';
    if (/[\p{N}/]/u.test(before) || /[\p{N}/]/u.test(after)) continue; // "9t", "q3", "d/c"
    syls.push({ start: m.index, end: m.index + m[0].length, raw: m[0], key: fold(m[0]) });
  }
  const toneSlip = (s: Syl): boolean =>
    hasDiacritics(s.raw) && written(s.raw.toLowerCase(), 'exact') === 0 && written(s.key, 'folded') > 0;
  const letterSlip = (s: Syl): boolean =>
    !hasDiacritics(s.raw) &&
    !UPPER_START.test(s.raw) &&
    s.raw.length >= MIN_SLIP_LENGTH &&
    !wellSpelt(s.key) &&
    written(s.key, 'folded') === 0;
  // The question's own words ("bao nhiêu", "ở đâu") are never slips: an index whose articles never
  // write "nhiêu" would read "bao nhiêu doanh nghiệp" as "bao nhiều doanh nghiệp" and ask no count.
  const asking = questionWordSpans(text);
  const asked = (s: Syl) => asking.some((w) => s.start >= w.start && s.end <= w.end);
  const suspects = syls.filter((s) => !ALL_CAPS.test(s.raw) && !asked(s) && (toneSlip(s) || letterSlip(s)));
  const half = halfAccented(text, forms);
  // English questions are left as they are (their words are not the index's); asked only when needed.
  if ((suspects.length === 0 && !half) || detectLang(tokenize(text)) !== 'vi') return text;
  let out = text;
  if (suspects.length > 0) {
    const places = findPlaces(text, { include2025: true, chat: true });
    const placeOf = (s: Syl) => places.find((p) => s.start >= p.start && s.end <= p.end);
    const accented = syls.some((x) => !suspects.includes(x) && hasDiacritics(x.raw));
    const edits: { s: Syl; to: string }[] = [];
    for (const s of suspects) {
      const i = syls.indexOf(s);
      const prev = adjacent(text, syls[i - 1], s) ? syls[i - 1] : undefined;
      const next = adjacent(text, s, syls[i + 1]) ? syls[i + 1] : undefined;
      const place = placeOf(s);
      let to: string | null = null;
      // In a question typed bare but for this syllable, the syllable is typed bare too.
      if (hasDiacritics(s.raw) && !accented) to = withCase(s.raw, s.key);
      // A capitalised word is a name: one the articles lack stays absent ("Bản Ón" is no "Bản Ổn"),
      // unless the gazetteer spells it ("Ba Bẻ" → "Ba Bể").
      else if (hasDiacritics(s.raw) && UPPER_START.test(s.raw) && !place) to = null;
      else if (hasDiacritics(s.raw))
        to = mendTone(s, place ? text.slice(place.start, place.end) : null, place, prev, next, forms);
      else if (!place) to = splitJoined(s, forms) ?? mendLetter(s, prev, next, forms);
      if (to !== null && to !== s.raw) edits.push({ s, to });
    }
    for (const { s, to } of edits.reverse()) out = out.slice(0, s.start) + to + out.slice(s.end);
  }
  return half || halfAccented(out, forms) ? restoreSurface(out, forms) : out;
}

/** Two syllables stand side by side, only spaces between them. */
function adjacent(text: string, a: Syl | undefined, b: Syl | undefined): boolean {
  return a !== undefined && b !== undefined && /^ +$/.test(text.slice(a.end, b.start));
}

/** A syllable typed with a tone mark the index never writes: its gazetteer or learned spelling, if any. */
function mendTone(
  s: Syl,
  surface: string | null,
  place: ReturnType<typeof findPlaces>[number] | undefined,
  prev: Syl | undefined,
  next: Syl | undefined,
  forms: SurfaceLookup,
): string | null {
  const name = place?.candidates[0]?.name;
  if (place && surface !== null && name !== undefined && fold(name) === fold(surface)) {
    const parts = name.match(SYLLABLE) ?? [];
    const inside = [...surface.matchAll(SYLLABLE)];
    const k = inside.findIndex((m) => place.start + m.index === s.start);
    const part = parts[k];
    if (parts.length === inside.length && part !== undefined) return withCase(s.raw, part.toLowerCase());
  }
  const learned = [
    prev ? forms.get(`${prev.key} ${s.key}`)?.form.split(' ')[1] : undefined,
    next ? forms.get(`${s.key} ${next.key}`)?.form.split(' ')[0] : undefined,
  ].find((f) => f !== undefined && fold(f) === s.key && forms.written?.(f.toLowerCase(), 'exact'));
  return learned === undefined ? null : withCase(s.raw, learned.toLowerCase());
}

/** A bare word run together from two syllables the index writes side by side ("baoyen" → "bao yen"). */
function splitJoined(s: Syl, forms: SurfaceLookup): string | null {
  const written = forms.written;
  const pairs = forms.pairsFrom?.(s.key);
  if (!written || !pairs?.get(s.key)) return null;
  const splits: string[] = [];
  for (let i = 2; i + 2 <= s.key.length; i++) {
    const a = s.key.slice(0, i);
    const b = s.key.slice(i);
    if (written(a, 'folded') > 0 && written(b, 'folded') > 0) splits.push(`${a} ${b}`);
  }
  return splits.length === 1 ? withCase(s.raw, splits[0] as string) : null;
}

/**
 * A bare syllable the index never writes read as the written syllable one edit away that the
 * index writes beside the question's neighbour: from the pairs after the previous syllable, and,
 * for a first syllable, the one-letter-shorter or swapped readings before the next one.
 */
function mendLetter(
  s: Syl,
  prev: Syl | undefined,
  next: Syl | undefined,
  forms: SurfaceLookup,
): string | null {
  const written = forms.written;
  if (!written || !forms.pairsFrom) return null;
  const seen = new Map<string, number>();
  const note = (word: string, n: number): void => {
    if (n >= MIN_PAIR && word.length >= 2 && editOne(s.key, word) && written(word, 'folded') > 0)
      seen.set(word, Math.max(seen.get(word) ?? 0, n));
  };
  if (prev && written(prev.key, 'folded') > 0) {
    for (const [pair, n] of forms.pairsFrom(prev.key)) note(pair.slice(prev.key.length), n);
  }
  if (next && written(next.key, 'folded') > 0) {
    const shorter = new Set<string>();
    for (let i = 0; i < s.key.length; i++) shorter.add(s.key.slice(0, i) + s.key.slice(i + 1));
    for (let i = 0; i + 1 < s.key.length; i++)
      shorter.add(s.key.slice(0, i) + s.key[i + 1] + s.key[i] + s.key.slice(i + 2));
    for (const w of shorter) note(w, forms.pairsFrom(w + next.key).get(w + next.key) ?? 0);
  }
  const ranked = [...seen].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || (second && top[1] < DOMINANCE * second[1])) return null;
  return top[0];
}

/**
 * A syllable typed bare that its learned spelling marks: a lower-case one, or a capitalised one whose
 * spelling is capitalised too (a title or name the index writes: "Bi thư" → "Bí thư").
 */
const restorable = (typed: string, form: string): boolean =>
  !hasDiacritics(typed) && hasDiacritics(form) && (!UPPER_START.test(typed) || UPPER_START.test(form));

/**
 * A question typed partly with diacritics and capitals (so not restored as a bare one) in which a
 * bare syllable has a learned spelling with diacritics beside its neighbour ({@link restorable}).
 */
function halfAccented(text: string, forms: SurfaceLookup): boolean {
  if (!hasDiacritics(text) || !CAPITALISED_WORD.test(text)) return false;
  const syls = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  for (let i = 0; i + 1 < syls.length; i++) {
    const a = syls[i]?.[0] ?? '';
    const b = syls[i + 1]?.[0] ?? '';
    if (hasDiacritics(a) && hasDiacritics(b)) continue;
    const form = forms.get(`${syllableKey(a)} ${syllableKey(b)}`)?.form.split(' ');
    if (!form) continue;
    if (restorable(a, form[0] ?? '') || restorable(b, form[1] ?? '')) return true;
  }
  return false;
}
