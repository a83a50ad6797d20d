/**
 * A stock asked ("Đảng bộ huyện có bao nhiêu đảng viên?", "How many Party members does the district
 * Party organisation have in total?") is answered only by a figure that states what a body or
 * place holds ("toàn Đảng bộ hiện có 3.120 đảng viên"), never by the objects of an act the
 * question does not name ("kiểm tra 9 đảng viên", "kết nạp 97 đảng viên"): those count a period's
 * work, and citing them as the membership is a confidently wrong answer.
 */
import { findGlossaryTerms } from '../query/glossary.ts';
import { TOTAL_WORDS } from '../query/target.ts';
import type { FigureRecord } from '../records/types.ts';
import { MEASURE_UNITS, MEETING_NOUNS, ORG_KINDS, PLACE_LEVELS } from '../records/vocab.ts';
import { fold, syllables } from '../text/normalize.ts';
import { containsRun, runAt } from '../text/phrase.ts';
import type { EvidenceQuery } from './evidence.ts';
import type { AskedUnit } from './units.ts';

/** Bodies that hold members or households beside the meeting bodies (`ORG_KINDS`). Closed. */
const HOLDER_WORDS = ['Đảng bộ', 'Party', 'organisation', 'organization', 'committee'];

/** Words of a question that ask what is held, not what was done. Closed. */
const HOLDING_WORDS = [
  'có',
  'hiện',
  'toàn',
  'tất cả',
  'gồm',
  'bao gồm',
  'have',
  'has',
  'had',
  'hold',
  'holds',
];

/**
 * The bodies that hold members, households or units: Party committees and State bodies of a place.
 * Not the commissions and boards of `ORG_KINDS` whose names are acts ("Ủy ban Kiểm tra" beside
 * "kiểm tra 21 tổ chức đảng", "Ban Tổ chức"): their syllables would hide the act asked. Closed.
 */
const HOLDER_BODIES = [
  'Tỉnh ủy',
  'Huyện ủy',
  'Thị ủy',
  'Thành ủy',
  'Đảng ủy',
  'Đảng ủy Khối',
  'Chi bộ',
  'UBND',
  'HĐND',
  'MTTQ',
  'Ban Thường vụ',
  'Thường trực',
];

/** Syllables of the words that name a holder, its place level, a total or holding, in both forms. */
const FRAME: ReadonlySet<string> = new Set(
  [...HOLDER_BODIES, ...HOLDER_WORDS, ...PLACE_LEVELS, ...TOTAL_WORDS, ...HOLDING_WORDS].flatMap((w) => {
    const s = syllables(w.toLowerCase());
    return [...s, ...s.map(fold)];
  }),
);

/** Words that say what a body or place holds, folded. Closed. */
const HOLDING_CUE = /(?<![\p{L}])(?:co|tong so|tong cong|hien co|have|has|had|in total|total)(?![\p{L}])/iu;

/**
 * A comma clause naming where the answer is to be found, opening or closing the question ("Theo
 * hội nghị … gần đây nhất,", ", according to the latest report"). Closed: the source words.
 */
const SOURCE_CLAUSE =
  /^\s*(?:theo|according to|based on)(?![\p{L}])[^,?]*,|,\s*(?:theo|according to|based on)(?![\p{L}])[^,?]*(?=\?*\s*$)/iu;

/** Meeting nouns: a question naming the meeting asks about the meeting ("kỳ họp có bao nhiêu đại biểu"). */
const MEETING_SYLLABLES: ReadonlySet<string> = new Set(
  MEETING_NOUNS.flatMap((w) => syllables(w.toLowerCase())).flatMap((s) => [s, fold(s)]),
);

/**
 * Whether the question asks how many of a counted noun a body or place holds: a count unit
 * ("đảng viên", "hộ") is asked and every other content word of the question names the holder, a
 * total or holding ("Đảng bộ huyện … có tổng cộng bao nhiêu đảng viên").
 */
export function stockAsked(
  eq: EvidenceQuery,
  unit: AskedUnit | null,
  unitPhrase: string | undefined,
  text: string,
): boolean {
  // Holding is said ("có", "tổng số", "have", "in total"): an act asked in words the search cannot
  // render ("How many officials did X rotate?") leaves no content word, yet asks no stock.
  if (!HOLDING_CUE.test(fold(text))) return false;
  // Measures (money, shares, area, weight, visits) have their own checks: "trồng bao nhiêu ha rừng"
  // typed "trong bao nhieu ha rung" loses its verb to a stop word, and is no holding.
  if (unit?.unit == null || unit.scale !== null || MEASURE_UNITS.has(unit.unit) || unitPhrase === undefined)
    return false;
  const form = (s: string) => (eq.folded ? fold(s) : s.toLowerCase());
  const counted = new Set(syllables(form(`${unitPhrase} ${unit.unit}`)));
  // A clause naming the question's source ("Theo hội nghị … gần đây nhất, Đảng bộ huyện có bao
  // nhiêu đảng viên?") says where to look, not what is counted: its words are set aside.
  // An English clause is searched in its glossary renderings: those are its terms.
  const rendered = (t: string) => [t, ...findGlossaryTerms(t.toLowerCase()).flatMap((g) => g.vi)].join(' ');
  const clause = SOURCE_CLAUSE.exec(text)?.[0];
  const source = new Set(clause ? syllables(form(rendered(clause))) : []);
  const rest = new Set(clause ? syllables(form(rendered(text.replace(SOURCE_CLAUSE, ' ')))) : []);
  const content = [...eq.idf.keys()].filter(
    (t) => !eq.ignore.has(t) && !counted.has(t) && !(source.has(t) && !rest.has(t)),
  );
  if (content.some((t) => MEETING_SYLLABLES.has(t))) return false;
  return content.every((t) => FRAME.has(t));
}

/** `words` without every occurrence of the syllable sequences of `phrases` (tried longest first). */
function without(words: readonly string[], phrases: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const hit = phrases.find((p) => p.length > 0 && runAt(words, p, i));
    if (hit) i += hit.length;
    else out.push(words[i++] as string);
  }
  return out;
}

/**
 * Acts whose objects a report counts ("kiểm tra 9 đảng viên", "kết nạp 97", "thi hành kỷ luật 2",
 * "tặng giấy khen cho 14 tập thể", "437 hộ thoát nghèo"): a figure of one counts a period's work or
 * change, never what a body holds. Folded; closed: the acts of Party building, personnel and the
 * social programmes the reports count.
 */
const COUNTED_ACTS: readonly string[][] = [
  'kiểm tra',
  'giám sát',
  'kỷ luật',
  'kết nạp',
  'khen thưởng',
  'tặng',
  'xóa tên',
  'khai trừ',
  'chuyển sinh hoạt',
  'điều động',
  'bổ nhiệm',
  'luân chuyển',
  'hỗ trợ',
  'di dời',
  'đào tạo',
  'bồi dưỡng',
  'tập huấn',
  'tuyển dụng',
  'xử lý',
  'giải quyết',
  'tiếp nhận',
  'thoát nghèo',
  'tái nghèo',
  'phát triển',
].map((w) => syllables(fold(w)));

/**
 * Whether a figure states a stock: its kind is 'total' ("tổng số", "hiện có"), or it is a plain
 * result whose subject, once the bodies' names are set aside ("Ủy ban Kiểm tra" is no act of
 * inspecting), names no counted act ("Đảng bộ huyện có … với 3.120 đảng viên", "3.842 đảng viên,
 * sinh hoạt tại 48 tổ chức cơ sở đảng", "tỷ lệ hộ nghèo … tương ứng 1.126 hộ").
 */
export function statesStock(f: FigureRecord): boolean {
  if (f.kind === 'total') return true;
  if (f.kind !== 'result') return false;
  const words = without(syllables(fold(f.subject)), BODY_NAMES);
  return !COUNTED_ACTS.some((act) => containsRun(words, act));
}

/** The bodies' names of `ORG_KINDS`, as folded syllables, longest first. */
const BODY_NAMES: readonly string[][] = [...ORG_KINDS, 'Đảng bộ']
  .map((w) => syllables(fold(w)))
  .sort((a, b) => b.length - a.length);
