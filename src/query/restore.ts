/**
 * Diacritics and capitals restored from the index's own text (src/index/surface-forms.ts), for a
 * Vietnamese question typed without them: "ket nap bao nhieu dang vien o hai lang" is read as
 * "kết nạp bao nhiêu đảng viên ở Hải Lăng", so the role, period, section and unit cues and the
 * place and name linking see what a formal question shows them. Only the reading changes: the
 * question still searches as typed (its `folded` flag comes from the original).
 *
 * Each syllable takes the form of the learned bigram it belongs to that was seen most often (a
 * bigram fixes the diacritics a single syllable leaves open), else stays as typed: a syllable
 * restored alone beside one left bare ("trình bay") would match neither spelling of the word, so
 * single-syllable forms are not used. A syllable typed with diacritics keeps them (only its capital may be restored); a
 * capital the user typed is never removed. The question's interrogatives ("la gi", "o dau") are
 * never restored: in news text "La Gi" is a town far more often than "là gì" is written.
 * Restoring keeps the length (every Vietnamese letter is one UTF-16 unit in NFC), so offsets agree.
 */
import type { SurfaceLookup } from '../index/surface-forms.ts';
import { syllableKey } from '../index/surface-forms.ts';
import { findPlaces } from '../place/find.ts';
import { mistypedUnit } from '../place/relations.ts';
import { SURNAMES } from '../place/words.ts';
import { fold, hasDiacritics, normalizeToneMarks } from '../text/normalize.ts';
import { barePersonNames } from './bare-person.ts';
import { isEnglishWord, isVietnameseSyllable } from './lang.ts';
import { type Span, spansOf } from './match.ts';
import { withinNamedDistrict } from './places.ts';

export type { SurfaceLookup };

// Interrogatives, copulas and recency words of a question: they spell a name once bare ("la gi"
// is La Gi) or are rare in news text, so what the index learned for them is not what a question
// means ("gan day" is "gần đây" in a question). Closed class; left as typed (the cue tables read
// them bare).
const QUESTION_WORDS =
  /(?<![\p{L}])(?:la gi|la ai|o dau|bao nhieu|the nao|ra sao|khi nao|luc nao|nhu the nao|gan day|gan nhat|moi nhat|lan cuoi|hien nay|hien tai)(?![\p{L}])/giu;
/** Where `text` writes one of the question's own words ({@link QUESTION_WORDS}), in either spelling. */
export function questionWordSpans(text: string): { start: number; end: number }[] {
  return [...fold(text).matchAll(QUESTION_WORDS)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}
const SYLLABLE = /[\p{L}\p{N}]+/gu;
const UPPER_START = /^\p{Lu}/u;
/** Added to a bigram's count when it offers a form (a rank below the gazetteer's). */
const BIGRAM_RANK = 1_000_000_000;
/** Rank of a gazetteer spelling: above any learned form. */
const PLACE_RANK = 2 * BIGRAM_RANK;

interface Syl {
  start: number;
  end: number;
  raw: string;
  key: string;
  /** Chosen form and the count of the n-gram it came from. */
  form: string | null;
  n: number;
  locked: boolean;
}

// A capitalised word (a capital then a small letter): what a question typed in lower case lacks.
// Capitals alone ("quý I" as the shorthand expansion writes it, "UBND") do not count.
const CAPITALISED_WORD = /\p{Lu}\p{Ll}/u;

/**
 * Whether a question should be read restored: Vietnamese with no diacritics or no capitalised word
 * (all of it restored), or English with no capitalised word (only its place names' capitals, see
 * {@link capitalisePlaces}).
 */
export function wantsRestoring(text: string, lang: 'vi' | 'en'): boolean {
  if (!/\p{L}/u.test(text)) return false;
  if (lang === 'en') return !CAPITALISED_WORD.test(text);
  return !hasDiacritics(text) || !CAPITALISED_WORD.test(text);
}

/**
 * An English question typed in lower case with its place names capitalised as the gazetteer writes
 * them ("who chaired … of the chiem hoa district" → "Chiem Hoa"), letters otherwise as typed: names
 * are what capitals mark in English, and the diacritics stay as typed so the question is still
 * matched as typed. Same length.
 */
export function capitalisePlaces(text: string): string {
  return capitaliseMentions(
    text,
    findPlaces(text, { include2025: true, chat: true })
      .filter((m) => !givenNameOfPerson(text, m.start, m.start + m.surface.length))
      .map((m) => ({
        start: m.start,
        surface: m.surface,
        name: m.candidates[0]?.name,
      })),
  );
}

/**
 * `text` with each linked place written with the gazetteer's capitals where the question has none
 * ("của thị ủy la gi" → "La Gi"): a place the parser linked is a name, whatever its case, so names
 * are read from it as from a capitalised question. Letters otherwise as typed; same length.
 */
export function capitaliseLinkedPlaces(
  text: string,
  places: readonly { surface: string; candidates: readonly { name: string }[] }[],
): string {
  return capitaliseMentions(
    text,
    places.map((p) => ({ start: text.indexOf(p.surface), surface: p.surface, name: p.candidates[0]?.name })),
  );
}

/** Capitals of each mention's gazetteer name set on its surface (same letters folded), same length. */
function capitaliseMentions(
  text: string,
  mentions: readonly { start: number; surface: string; name: string | undefined }[],
): string {
  const chars = [...text];
  if (chars.length !== text.length) return text; // astral characters: offsets would not agree
  for (const m of mentions) {
    if (m.start < 0 || m.name === undefined || !sameName(m.name, m.surface)) continue;
    for (const w of m.name.matchAll(SYLLABLE)) {
      if (UPPER_START.test(w[0])) chars[m.start + w.index] = (chars[m.start + w.index] ?? '').toUpperCase();
    }
  }
  return chars.join('');
}

/** Surnames folded: a name typed in lower case without diacritics is matched folded. */
const FOLDED_SURNAME_SET: ReadonlySet<string> = new Set(SURNAMES.map((w) => fold(w).toLowerCase()));

/** A lower-case syllable of a Vietnamese name, not also an English word. */
const nameSyllable = (w: string | undefined): w is string =>
  w !== undefined && isVietnameseSyllable(fold(w).toLowerCase()) && !isEnglishWord(w);

/** A surname as typed in lower case, with or without diacritics. */
const surnameTyped = (w: string | undefined): boolean =>
  nameSyllable(w) && FOLDED_SURNAME_SET.has(fold(w).toLowerCase());

/**
 * A place found in lower-case text is the given name of a person when a surname opens the run of
 * syllables it belongs to: right before it ("led by huynh tan phuoc": Huỳnh Tấn Phước, not Tân
 * Phước), or as its own first syllable with a syllable of the name after it ("does chau thanh phong
 * hold": Châu Thanh Phong, not Châu Thành).
 */
function givenNameOfPerson(text: string, start: number, end: number): boolean {
  const before = /(?:^|\s)(\p{Ll}+) $/u.exec(text.slice(0, start))?.[1];
  const after = /^ (\p{Ll}+)/u.exec(text.slice(end))?.[1];
  if (surnameTyped(before)) return true;
  return !nameSyllable(before) && nameSyllable(after) && surnameTyped(text.slice(start, end).split(' ')[0]);
}

/**
 * A syllable's other spelling where Vietnamese writes a final i or y after a consonant either way
 * ("tỉ lệ" / "tỷ lệ", "lí do" / "lý do", "kĩ thuật" / "kỹ thuật"): the folded key with that letter
 * swapped, or null when the syllable is not of that shape (a vowel before: "tai" is not "tay").
 */
export function iyVariant(key: string): string | null {
  const m = /^(b|c|ch|d|g|gh|h|k|kh|l|m|n|ng|nh|p|ph|qu|r|s|t|th|tr|v|x)([iy])$/u.exec(key);
  if (!m) return null;
  return `${m[1]}${m[2] === 'i' ? 'y' : 'i'}`;
}

/** `raw` and `form` are the same syllable folded, or its i/y spelling ({@link iyVariant}). */
const sameSyllable = (raw: string, form: string): boolean =>
  fold(form) === fold(raw) || iyVariant(fold(raw)) === fold(form);

/**
 * A gazetteer name and the words typed for it, syllable by syllable ({@link sameSyllable}): the
 * gazetteer writes some names in the older spelling ("Vũ Quí") that a question types "vu quy".
 */
function sameName(name: string, typed: string): boolean {
  const a = name.match(SYLLABLE) ?? [];
  const b = typed.match(SYLLABLE) ?? [];
  return a.length === b.length && a.every((w, k) => sameSyllable(b[k] as string, w));
}

/**
 * The learned form of the bigram `a b` (folded keys), or, when the index's text never writes it so,
 * of its i/y spelling (one syllable swapped, see {@link iyVariant}): "ti le" is read as the index's
 * "tỷ lệ". The index's own text decides; a spelling it writes itself is never swapped.
 */
function bigramForm(forms: SurfaceLookup, a: string, b: string): { form: string; n: number } | undefined {
  const hit = forms.get(`${a} ${b}`);
  if (hit) return hit;
  const va = iyVariant(a);
  const vb = iyVariant(b);
  return (va ? forms.get(`${va} ${b}`) : undefined) ?? (vb ? forms.get(`${a} ${vb}`) : undefined);
}

/** The two syllables of a bare two-syllable name are learned together as a lower-case pair. */
function everydayPair(forms: SurfaceLookup, syls: readonly Syl[], m: Span): boolean {
  const inside = syls.filter((s) => s.start >= m.start && s.end <= m.end);
  if (inside.length !== 2) return false;
  const hit = bigramForm(forms, inside[0]!.key, inside[1]!.key);
  return hit !== undefined && !UPPER_START.test(hit.form);
}

/** Apply a learned form to a syllable as typed, or null when it would change what the user typed. */
function apply(raw: string, form: string): string | null {
  if (form.length !== raw.length || !sameSyllable(raw, form)) return null;
  // Typed with diacritics: only the capital may change.
  if (hasDiacritics(raw) && form.toLowerCase() !== raw.toLowerCase()) return null;
  const base = hasDiacritics(raw) ? raw.toLowerCase() : form.toLowerCase();
  const capital = UPPER_START.test(raw) || UPPER_START.test(form);
  return capital ? base.charAt(0).toUpperCase() + base.slice(1) : base;
}

/**
 * `text` with the diacritics and capitals the index's text gives its syllables, same length.
 * @param forms the learned forms (`IndexReader.surfaceForms`).
 */
export function restoreSurface(text: string, forms: SurfaceLookup): string {
  const locked = [...text.matchAll(QUESTION_WORDS)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const syls: Syl[] = [...text.matchAll(SYLLABLE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    raw: m[0],
    key: syllableKey(m[0]),
    form: null,
    n: 0,
    locked: locked.some((s) => m.index >= s.start && m.index < s.end),
  }));
  // A syllable typed with a capital is a name (already matched without diacritics) or opens the
  // question: the opening one may be restored to a lower-case word ("Ket nap" → "Kết nạp"), the
  // others only to the capitalised form of a name or title the index writes (see `offer`).
  const typedName = (s: Syl): boolean => UPPER_START.test(s.raw) && s !== syls[0];
  // Place names linked to the gazetteer (which matches them bare) take the gazetteer's spelling, and
  // nothing learned overrides it: "tam duong" is Tam Đường, though "tam" alone is mostly "tâm".
  const bare = text.replace(QUESTION_WORDS, (m) => ' '.repeat(m.length));
  const matches = findPlaces(bare, { include2025: true, chat: true });
  // A commune outside the district the question names is one the gazetteer spells otherwise.
  const linked = new Set(withinNamedDistrict(matches));
  // A name typed bare after "đồng chí" is a person's: a place inside it ("đồng chí huynh tan
  // phuoc": Tân Phước) takes no gazetteer spelling ("Huỳnh Tấn Phước" is what the index writes).
  const persons = spansOf(text, barePersonNames(text));
  const lock = (span: Span): void => {
    for (const s of syls) if (s.start >= span.start && s.end <= span.end) s.locked = true;
  };
  // Nor any spelling learned from the index: it is matched as typed (answer/haystack.ts `hasAsTyped`).
  for (const p of persons) lock(p);
  for (const m of matches) {
    if (!linked.has(m)) continue;
    if (persons.some((p) => m.start < p.end && p.start < m.end)) continue;
    // "dai bieu tan thanh": a bare name the index writes, as a pair, mostly as an everyday word
    // ("tán thành", to vote for) is that word; after a type word it is the place ("xã Tân Thành").
    if (m.typeWord === undefined && everydayPair(forms, syls, m)) continue;
    // A bare name two units spell differently ("tam duong": Tam Đường of Lai Châu, Tam Dương of
    // Vĩnh Phúc) is kept as typed: the question keeps both units and the article decides, where
    // the spelling the index writes most would pick one of them for it.
    if (new Set(m.candidates.map((c) => normalizeToneMarks(c.name).toLowerCase())).size > 1) {
      lock(m);
      continue;
    }
    if (m.ambiguous) continue;
    // "p hoa cuong" linked to xã Hòa Cuông: a ward the gazetteer does not know; the index spells it.
    if (mistypedUnit(m.typeWord, m.candidates)) continue;
    const name = m.candidates[0]?.name;
    const surface = text.slice(m.start, m.end);
    if (name === undefined || !sameName(name, surface)) continue;
    const parts = name.match(SYLLABLE) ?? [];
    const inside = syls.filter((s) => s.start >= m.start && s.end <= m.end);
    if (parts.length !== inside.length) continue;
    inside.forEach((s, k) => {
      s.form = parts[k] ?? null;
      s.n = PLACE_RANK;
      s.locked = true;
    });
  }
  const offer = (s: Syl, form: string, n: number): void => {
    // A capitalised syllable takes only a capitalised form: the index writes the pair as a name or a
    // title ("Bi thư" → "Bí thư", "Thuong trực" → "Thường trực"), never as an everyday word.
    if (typedName(s) && !UPPER_START.test(form)) return;
    if (!s.locked && s.key !== '#' && n > s.n) {
      s.form = form;
      s.n = n;
    }
  };
  // Learned bigrams, only across plain spaces; the more frequent wins a syllable two of them share.
  for (let i = 0; i + 1 < syls.length; i++) {
    const a = syls[i]!;
    const b = syls[i + 1]!;
    if (!/^ +$/.test(text.slice(a.end, b.start))) continue;
    const hit = bigramForm(forms, a.key, b.key);
    if (!hit) continue;
    const [fa, fb] = hit.form.split(' ');
    if (fa !== undefined) offer(a, fa, BIGRAM_RANK + hit.n);
    if (fb !== undefined) offer(b, fb, BIGRAM_RANK + hit.n);
  }
  // A name restored from lower case needs two capitalised syllables learned together ("chiem hoa" →
  // "Chiêm Hóa"); otherwise only the diacritics are restored ("huyen uy" → "huyện ủy", "nam" → "nam").
  const capitalised = syls.map(
    (s) => s.form !== null && UPPER_START.test(s.form) && !UPPER_START.test(s.raw),
  );
  syls.forEach((s, i) => {
    if (!capitalised[i] || s.n >= PLACE_RANK) return;
    const paired = s.n >= BIGRAM_RANK && (capitalised[i - 1] === true || capitalised[i + 1] === true);
    if (!paired && s.form !== null) s.form = s.form.toLowerCase();
  });
  let out = '';
  let at = 0;
  for (const s of syls) {
    const next = s.form === null || s.form === '#' ? null : apply(s.raw, s.form);
    out += text.slice(at, s.start) + (next ?? s.raw);
    at = s.end;
  }
  return out + text.slice(at);
}
