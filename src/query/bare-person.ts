/**
 * A person a Vietnamese question names in lower case after "đồng chí" ("dc dinh cong luan co
 * chu tri …", spelt out by chat.ts as "dong chi dinh cong luan …"; "đồng chí hà minh tiến có dự …"):
 * capitals are what names are found by (entities.ts), and a question typed in lower case has none. The name is the two to four syllables after
 * the honorific, up to a function word ("có", "đã") or a role verb ("chủ trì", "kết luận"); a title
 * after the honorific ("đồng chí bí thư …") names a post, not a person.
 */
import type { SurfaceLookup } from '../index/surface-forms.ts';
import { placesNamed } from '../place/names.ts';
import type { PlaceLevel } from '../place/types.ts';
import { AGENCY_FIELDS, ROLE_VERBS, TITLE_HEADS } from '../records/vocab.ts';
import { fold, hasDiacritics } from '../text/normalize.ts';
import { runAt } from '../text/phrase.ts';
import { VI_STOP_FOLDED } from './lexicon.ts';

const HONORIFIC = /(?<![\p{L}])[dđ][oồ]ng\s+ch[ií]\s+/gu;
/**
 * "ông", "bà" before a name ("quyết định gì với ong tran quoc bao"): as pronouns they name no
 * one, so the name after them must open with a common surname. Bare "ba" is the number three
 * ("ba ho" is three households, not Mrs Hồ): only "bà" typed with its mark is the honorific.
 */
const KIN_HONORIFIC = /(?<![\p{L}])(?:[oô]ng|bà)\s+/gu;
// A word of a name: letters only, in lower case (a capitalised word is entities.ts's).
const SYLLABLE = /^[a-z]+$/u;
const LOWER = /^\p{Ll}+$/u;
const TRAILING_PUNCTUATION = /[^\p{L}\p{N}]+$/u;
/**
 * Where a name ends: the bare stop words that spell no domain word (lexicon.ts; "van" and "thi"
 * stay, they are Văn and Thị in most names), and the auxiliaries a predicate opens with ("có",
 * "đã", "là", "sẽ", "đang", "được", "cũng"), whose bare spellings also spell domain words.
 */
const STOP = new Set([...VI_STOP_FOLDED, 'co', 'da', 'la', 'se', 'dang', 'duoc', 'cung']);
/**
 * Stop words that are also among the commonest syllables of names (Minh, Anh, Hiền, Như, Lại, Tùng,
 * Nam, Long, Lan): inside a name they are the name ("dong chi le minh quan"). Closed class.
 */
const NAME_SYLLABLES = new Set(['minh', 'anh', 'hien', 'nhu', 'lai', 'tung', 'nam', 'long', 'lan']);
const MIN_NAME = 2;
const MAX_NAME = 4;
/** Folded role verbs and title heads, as syllable runs, longest first. */
/**
 * The verbs of holding a post, after an honorific used as a pronoun ("đồng chí giữ chức vụ gì",
 * "đồng chí đảm nhiệm"): no name follows. Closed class, folded.
 */
const POST_VERBS = ['giu', 'dam nhiem', 'dang giu', 'hien giu', 'duoc phan cong'].map((v) => v.split(' '));
const ROLE_RUNS = [...Object.keys(ROLE_VERBS).map((v) => fold(v).split(' ')), ...POST_VERBS];
const TITLE_RUNS = TITLE_HEADS.map((t) => fold(t).toLowerCase().split(' '));

const startsRun = (words: readonly string[], at: number, runs: readonly string[][]): boolean =>
  runs.some((r) => runAt(words, r, at));

/**
 * The lower-case names after "đồng chí" in a question typed in lower case (with or without
 * diacritics), as typed. A capitalised word ends the name: capitalised names are entities.ts's.
 */
export function barePersonNames(text: string): string[] {
  const out: string[] = [];
  const after = [
    ...[...text.matchAll(HONORIFIC)].map((m) => ({ at: m.index + m[0].length, kin: false })),
    ...[...text.matchAll(KIN_HONORIFIC)].map((m) => ({ at: m.index + m[0].length, kin: true })),
  ];
  for (const { at, kin } of after) {
    const typed = text.slice(at).split(/\s+/u);
    // A word's closing punctuation ("tri\"", "a,") ends the name after it.
    const cores = typed.map((w) => w.replace(TRAILING_PUNCTUATION, ''));
    // Compared folded (the stop words, role verbs and titles are folded); kept as typed.
    const words = cores.map((w) => (LOWER.test(w) ? fold(w) : ''));
    if (startsRun(words, 0, TITLE_RUNS)) continue;
    if (kin && !SURNAMES.has(words[0] ?? '')) continue;
    const name: string[] = [];
    // After "ông"/"bà" a full name of three syllables at most: the word after it may be the verb.
    const most = kin ? FULL_NAME : MAX_NAME;
    for (let i = 0; i < words.length && name.length < most; i++) {
      const w = words[i] as string;
      if (!SYLLABLE.test(w) || (STOP.has(w) && !NAME_SYLLABLES.has(w)) || startsRun(words, i, ROLE_RUNS))
        break;
      name.push(cores[i] as string);
      if (cores[i] !== typed[i]) break;
    }
    if (name.length >= MIN_NAME) out.push(name.join(' '));
  }
  return out;
}

/**
 * Common surnames, folded, whose lower-case run with "văn"/"thị" after it is a name without an
 * honorific ("pct nguyen van quy chi dao gi"). Closed class; "đỗ" (folded "do", "đô thị") left out.
 */
const SURNAMES = new Set(
  (
    'nguyen tran le pham hoang huynh phan vu vo dang bui ho ngo duong ly dinh truong luong trinh dao lo lu ' +
    'giang mai quach thach cam sung vang mua ha lam ta chu kieu tong doan luu'
  ).split(' '),
);
/** The middle names that make a surname's run a name. */
const MIDDLE = new Set(['van', 'thi']);
/** Words "văn"/"thị" open that are no given name ("văn phòng", "thị xã", "thi hành"), folded. Closed. */
const NOT_GIVEN = new Set([
  'phong',
  'hoa',
  'ban',
  'kien',
  'nghe',
  'minh',
  'thu',
  'xa',
  'tran',
  'truong',
  'hanh',
  'dua',
  'cong',
  'diem',
]);

/**
 * Names typed in lower case without an honorific: a common surname, "văn" or "thị", and the
 * syllable after it ("nguyen van quy chi dao gi" → "nguyen van quy"), as typed.
 */
export function surnameNames(text: string): string[] {
  const typed = text.split(/\s+/u);
  const cores = typed.map((w) => w.replace(TRAILING_PUNCTUATION, ''));
  const words = cores.map((w) => (LOWER.test(w) ? fold(w) : ''));
  const out: string[] = [];
  for (let i = 0; i + 2 < words.length; i++) {
    const [sur, mid, given] = [words[i] as string, words[i + 1] as string, words[i + 2] as string];
    if (!SURNAMES.has(sur) || !MIDDLE.has(mid) || !SYLLABLE.test(given) || NOT_GIVEN.has(given)) continue;
    if (STOP.has(given) && !NAME_SYLLABLES.has(given)) continue;
    if (cores[i] !== typed[i] || cores[i + 1] !== typed[i + 1]) continue;
    // "tài nguyên và môi trường văn chấn": the surname-like syllable ends an office's field, and
    // what follows is the office's place (Văn Chấn), no person.
    if (endsField(words.slice(0, i + 1))) continue;
    // "xa ta van danh gia …": after a level word, a unit of that level named by the first two
    // syllables (Tả Van) is the place; "ubnd huyen nguyen van quy" still names a person.
    const level = LEVEL_BEFORE.get(words[i - 1] ?? '');
    if (level && placesNamed(`${sur} ${mid}`, level).length > 0) continue;
    // Three syllables only: a fourth may be the next word ("… an tham du" is no "An Thăm"), and
    // the first three of a longer name ("nguyen thi kim" of Nguyễn Thị Kim Oanh) still name her.
    const end = i + 3;
    out.push(cores.slice(i, end).join(' '));
    i = end - 1;
  }
  return out;
}

/** Level words chat writes right before a unit's name, folded ("xa", "tp"), with its level. Closed class. */
const LEVEL_BEFORE: ReadonlyMap<string, PlaceLevel> = new Map([
  ['xa', 'commune'],
  ['phuong', 'commune'],
  ['huyen', 'district'],
  ['tp', 'district'],
  ['tx', 'district'],
]);

/** Syllables of a full Vietnamese name (surname, middle name, given name); fewer may be part of one. */
const FULL_NAME = 3;

/**
 * Whether a lower-case name read after "đồng chí" is among `entities` already. A full name the index
 * taught its capitals to (restore.ts) is an entity already, and bounds the lower-case run read after
 * it ("lâm hoàng phúc giữ chức" is Lâm Hoàng Phúc) when the index writes the word after it right
 * after it; two syllables restored are as often a surname and a middle name ("Trần Văn" of "tran van
 * nam"), and a word never written after the name is more of the name ("tăng thị kim khải" is not
 * Tăng Thị Kim Thoa). Without the index's pair vocabulary a full name bounds the run.
 */
export function namedAlready(name: string, entities: readonly string[], forms?: SurfaceLookup): boolean {
  const bare = fold(name).toLowerCase();
  return entities.some((e) => {
    const f = fold(e).toLowerCase();
    if (f.includes(bare)) return true;
    if (!bare.startsWith(`${f} `) || f.split(' ').length < FULL_NAME) return false;
    const pair = `${f.split(' ').at(-1)}${bare.slice(f.length + 1).split(' ')[0]}`;
    return forms?.pairsFrom?.(pair).has(pair) ?? true;
  });
}

/** The fields offices are named for (records/vocab.ts `AGENCY_FIELDS`), folded, as syllable runs. */
const FIELD_RUNS = AGENCY_FIELDS.flatMap((f) => f.vi)
  .map((v) =>
    fold(v)
      .toLowerCase()
      .split(/[^a-z0-9]+/u)
      .filter(Boolean),
  )
  .filter((r) => r.length > 1);

/** The words, folded, end with an office's field ("… moi truong"). */
function endsField(words: readonly string[]): boolean {
  return FIELD_RUNS.some((r) => r.length <= words.length && runAt(words, r, words.length - r.length));
}

/**
 * `text` with each person's name it types in lower case but with its diacritics ("đồng chí đỗ thị
 * thanh hương", "lưu văn khánh được bổ nhiệm …") capitalised as names are written: the spelling is
 * the user's, only the case was left out, and the answer layer reads names by their capitals. A
 * name typed without diacritics stays as typed (it is matched folded). Same length.
 */
export function capitaliseTypedNames(text: string): string {
  let out = text;
  for (const name of [...barePersonNames(text), ...surnameNames(text)]) {
    if (!hasDiacritics(name) || name !== name.toLowerCase()) continue;
    const titled = name.replace(
      /(^|\s)(\p{Ll})/gu,
      (_, space: string, ch: string) => space + ch.toUpperCase(),
    );
    if (titled.length !== name.length) continue;
    for (let at = out.indexOf(name); at >= 0; at = out.indexOf(name, at + name.length))
      if (!/\p{L}/u.test(out[at - 1] ?? '') && !/\p{L}/u.test(out[at + name.length] ?? ''))
        out = out.slice(0, at) + titled + out.slice(at + name.length);
  }
  return out;
}
