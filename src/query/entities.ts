/**
 * Discriminative proper names in a question: places ("Bảo Yên", "An Khe"), people ("Lục Văn Khởi")
 * and numbered bodies ("Ban Chỉ đạo 35"). Names are capitalised runs of syllables; the generic words
 * of the domain (Đảng bộ, Huyện ủy, Ban Thường vụ, Party, Committee…) split runs and are dropped,
 * because every article has them and they discriminate nothing.
 */
import { isSurname } from '../place/words.ts';
import { fold } from '../text/normalize.ts';
import { isEnglishWord, isVietnameseSyllable } from './lang.ts';
import { allMatches, blank, type Span, type Token, tokenIs, tokenize, word } from './match.ts';

const GENERIC_VI = [
  'Đảng',
  'Đảng bộ',
  'Đảng ủy',
  'Đảng đoàn',
  'Ban cán sự đảng',
  'Chi bộ',
  'Chi ủy',
  'Huyện ủy',
  'Tỉnh ủy',
  'Thị ủy',
  'Thành ủy',
  'Quận ủy',
  'Ban',
  'Ban Thường vụ',
  'Ban Chấp hành',
  'Ban Chỉ đạo',
  'Ban Tuyên giáo',
  'Ban Tổ chức',
  'Ban Dân vận',
  'Ban Nội chính',
  'Ban Kinh tế',
  'Ban Bí thư',
  'Bộ Chính trị',
  'Ủy ban',
  'Ủy ban Kiểm tra',
  'Ủy ban nhân dân',
  'Ủy ban Mặt trận Tổ quốc',
  'Mặt trận Tổ quốc',
  'Mặt trận',
  'Hội đồng nhân dân',
  'Hội đồng',
  'UBND',
  'HĐND',
  'MTTQ',
  'TP',
  'TX',
  'BCĐ',
  'BTV',
  'BCH',
  'UBKT',
  'Thường trực',
  'Thường vụ',
  'Hội nghị',
  'Đồng chí',
  'Bí thư',
  'Phó Bí thư',
  'Chủ tịch',
  'Phó Chủ tịch',
  'Ủy viên',
  'Trưởng ban',
  'Phó Trưởng ban',
  'Giám đốc',
  'Phó Giám đốc',
  'Trưởng đoàn',
  'Đoàn công tác',
  'Đoàn Thanh niên',
  'Đoàn đại biểu',
  'Huyện',
  'Tỉnh',
  'Thị xã',
  'Thành phố',
  'Thị trấn',
  'Quận',
  'Xã',
  'Phường',
  'Khối',
  'Trung ương',
  'Nhà nước',
  'Quốc hội',
  'Chính phủ',
  'Văn phòng',
  'Đại hội',
  'Nghị quyết',
  'Chỉ thị',
  'Kết luận',
  'Quy chế',
  'Quy định',
  'Trung tâm',
  'Trung tâm Chính trị',
  'Sở',
  'Bộ',
  'Cục',
  'Chi cục',
  'Việt Nam',
  'Cộng sản',
  'Nhân dân',
  'Công an',
  'Quân sự',
  'Bộ Chỉ huy',
  'Liên đoàn Lao động',
  'Hội Phụ nữ',
  'Hội Nông dân',
  'Hội Cựu chiến binh',
  'Lực lượng',
  'Tổ công tác',
  'Cổng thông tin',
];
const GENERIC_EN = (
  'party committee committees provincial province district steering department who what when where which why ' +
  'how the of for with and did does was were is are has have had during from list name show tell please ' +
  'executive standing town city commune ward people peoples council front fatherland propaganda ' +
  'organisation organization inspection mass mobilisation mobilization agencies enterprises bloc working ' +
  'session sessions conference meeting briefing plenum congress secretary chairman chair comrade mr mrs ms ' +
  'vice deputy head office force central national state government members member review year end ' +
  'january february march april may june july august september october november december quarter ' +
  'most recent latest newest last first second third fourth half'
).split(' ');
// Words that start a sentence without being part of the name after them ("Tại Bảo Yên", "In Gia Lai").
const INITIAL_VI = (
  'tại ở theo trong cho về từ đến với của và ai khi những các có là được sau trước hồi vào nêu liệt hãy ' +
  'xin tính ông năm tháng quý ngày hôm lần cuộc buổi'
).split(' ');
const INITIAL_EN = 'in on at to do an a by as'.split(' ');
/** Titles of address that may open a question before a person's name ("Bà Lò Thị Mai …"). Closed. */
const OPENING_TITLES_VI: ReadonlySet<string> = new Set(['bà', 'anh', 'chị']);
/** Shortest one-word English name read alone (shorter capitalised words are initials or acronyms). */
const MIN_LONE_NAME = 3;
// Marked function words that no place or person name uses: split runs anywhere ("Cho hỏi Tại Lạng Sơn").
const FUNCTION_VI = new Set(
  'tại ở theo trong cho về với của và khi những các có là được sau trước hồi vào nêu hãy xin tính lần cuộc buổi'.split(
    ' ',
  ),
);
// A lone capitalised syllable right after one of these is a place name ("thành phố Vinh").
const PLACE_HEADS = [
  'huyện',
  'tỉnh',
  'xã',
  'phường',
  'quận',
  'thị xã',
  'thị trấn',
  'thành phố',
  'tp',
  'huyện ủy',
  'tỉnh ủy',
  'thị ủy',
  'thành ủy',
  'thôn',
  'bản',
  'làng',
  'xóm',
  'ấp',
];

type Phrase = readonly string[];
const byFirst = new Map<string, Phrase[]>();
for (const g of [...GENERIC_VI, ...GENERIC_EN]) {
  const words = g.toLowerCase().split(' ');
  const key = fold(words[0]!);
  const list = byFirst.get(key) ?? [];
  list.push(words);
  byFirst.set(key, list);
}
for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);

function genericLengthAt(tokens: readonly Token[], i: number): number {
  const first = tokens[i];
  if (!first) return 0;
  for (const phrase of byFirst.get(first.fold) ?? []) {
    if (phrase.every((w, k) => tokens[i + k] !== undefined && tokenIs(tokens[i + k]!, w)))
      return phrase.length;
  }
  return 0;
}

function endsWithPhrase(tokens: readonly Token[], end: number, heads: readonly string[]): boolean {
  return heads.some((h) => {
    const words = h.split(' ');
    const start = end - words.length;
    return start >= 0 && words.every((w, k) => tokenIs(tokens[start + k]!, w));
  });
}

// Numbered bodies: "Ban Chỉ đạo 35" is a name although its words are generic.
const NUMBERED_VI: { re: RegExp; canon: string; needsCapital: boolean }[] = [
  { re: word('ban chỉ đạo (\\d{1,4})(?![\\d/.,]\\d)'), canon: 'Ban Chỉ đạo', needsCapital: false },
  { re: word('lực lượng (\\d{1,4})(?![\\d/.,]\\d)'), canon: 'Lực lượng', needsCapital: true },
  { re: word('tổ công tác (\\d{1,4})(?![\\d/.,]\\d)'), canon: 'Tổ công tác', needsCapital: true },
  { re: word('tổ giúp việc (\\d{1,4})(?![\\d/.,]\\d)'), canon: 'Tổ giúp việc', needsCapital: true },
  { re: word('tiểu ban (\\d{1,4})(?![\\d/.,]\\d)'), canon: 'Tiểu ban', needsCapital: true },
  {
    re: word('steering (?:committee|board) (\\d{1,4})(?![\\d/.,]\\d)'),
    canon: 'Ban Chỉ đạo',
    needsCapital: false,
  },
  { re: word('(?:task )?force (\\d{1,4})(?![\\d/.,]\\d)'), canon: 'Lực lượng', needsCapital: true },
];

/** Numbered bodies in `low` (time expressions blanked), canonical spelling, with their spans. */
export function scanNumberedBodies(
  text: string,
  low: string,
): { names: { at: number; name: string }[]; spans: Span[] } {
  const names: { at: number; name: string }[] = [];
  const spans: Span[] = [];
  let s = low;
  for (const { re, canon, needsCapital } of NUMBERED_VI) {
    const found: Span[] = [];
    for (const m of allMatches(re, s)) {
      const c = text[m.index] ?? '';
      if (needsCapital && c === c.toLowerCase()) continue;
      names.push({ at: m.index, name: `${canon} ${m[1]}` });
      found.push({ start: m.index, end: m.index + m[0].length });
    }
    spans.push(...found);
    s = blank(s, found);
  }
  return { names, spans };
}

function isCapitalised(t: Token): boolean {
  const c = t.text[0]!;
  return /\p{Lu}|\p{Lt}/u.test(c) && !/\p{N}/u.test(t.text);
}

const ROMAN_TOKEN = /^[IVXLC]+$/;
const SENTENCE_BREAK = /[.?!:;\n"“”«»([]/u;

/**
 * Proper names in `text`, in order of appearance, each once (compared without diacritics).
 * `masked` lists spans (dates, periods, ordinals, numbered bodies) whose words are never names;
 * `numbered` are the numbered bodies found by `scanNumberedBodies`.
 */
export function extractEntities(
  text: string,
  lang: 'vi' | 'en',
  masked: readonly Span[],
  numbered: readonly { at: number; name: string }[],
): string[] {
  const tokens = tokenize(text);
  const isMasked = (t: Token): boolean => masked.some((s) => t.start < s.end && t.end > s.start);
  // In English, a capitalised word no Vietnamese syllable can spell ("Leadership", "Capacity",
  // "Programmes") is an English word of a body's or a project's name, never part of a Vietnamese
  // name written without diacritics ("Ke Sach", "Nguyen").
  const englishOnly = (t: Token): boolean => lang === 'en' && !isVietnameseSyllable(t.fold.toLowerCase());
  const generic = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; ) {
    const n = genericLengthAt(tokens, i);
    if (n === 0) {
      i++;
      continue;
    }
    for (let k = 0; k < n; k++) generic[i + k] = true;
    i += n;
  }
  // A one-word type word matched only by folding ("Quan" for "quận"), closing a run of capitalised
  // names, is a name's last syllable ("Luc Van Quan", Lục Văn Quân): a type word stands before its
  // name. So is one inside a run, between two name syllables ("Ho Dang Khoa", Hồ Đăng Khoa).
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    const next = tokens[i + 1];
    const nextJoins =
      next !== undefined && isCapitalised(next) && /^\s+$/u.test(text.slice(t.end, next.start));
    const afterName = isCapitalised(prev) && !generic[i - 1] && /^\s+$/u.test(text.slice(prev.end, t.start));
    const closesRun = afterName && (!nextJoins || genericLengthAt(tokens, i + 1) === 0);
    if (
      generic[i] &&
      closesRun &&
      t.fold === t.low &&
      genericLengthAt(tokens, i) === 1 &&
      !isEnglishWord(t.low)
    )
      generic[i] = false;
  }
  const atSentenceStart = (t: Token): boolean => {
    for (let i = t.start - 1; i >= 0; i--) {
      const c = text[i]!;
      if (c !== ' ') return SENTENCE_BREAK.test(c);
    }
    return true;
  };
  const initial = lang === 'en' ? INITIAL_EN : INITIAL_VI;
  // "Bà Lò Thị Mai được bầu …": a title opening the question before a surname is no part of the
  // name ("Bà Rịa" has none after it).
  const titleOpening = (t: Token, i: number): boolean =>
    lang === 'vi' && OPENING_TITLES_VI.has(t.low) && isSurname(tokens[i + 1]?.low ?? '');
  // In English a capitalised word inside the sentence that is no English word is a name even alone
  // ("on the Gianh river"): English capitalises names only, and a one-word name has no run to form.
  const loneEnglishName = (t: Token): boolean =>
    t.text.length >= MIN_LONE_NAME &&
    !atSentenceStart(t) &&
    !isEnglishWord(t.low) &&
    /^\p{Lu}\p{Ll}+$/u.test(t.text);

  const adjacent = (a: Token, b: Token): boolean => /^\s+$|^\s*-\s*$/u.test(text.slice(a.end, b.start));
  // A lone word inside a Title Case phrase ("the Rural Roads Steering Board", "Education Council")
  // is part of an organisation's name written in English words, not a name of its own.
  const inTitleCase = (i: number): boolean =>
    [tokens[i - 1], tokens[i + 1]].some(
      (n) =>
        n !== undefined &&
        isCapitalised(n) &&
        adjacent(n.start < tokens[i]!.start ? n : tokens[i]!, n.start < tokens[i]!.start ? tokens[i]! : n),
    );
  const found: { at: number; name: string }[] = [...numbered];
  let run: number[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const first = tokens[run[0]!]!;
    const last = tokens[run[run.length - 1]!]!;
    const accept =
      run.length >= 2 ||
      (first.text.length >= 2 &&
        run[0]! > 0 &&
        endsWithPhrase(tokens, run[0]!, PLACE_HEADS) &&
        adjacent(tokens[run[0]! - 1]!, first)) ||
      (lang === 'en' && loneEnglishName(first) && !inTitleCase(run[0]!));
    if (accept) found.push({ at: first.start, name: text.slice(first.start, last.end) });
    run = [];
  };

  tokens.forEach((t, i) => {
    const eligible =
      isCapitalised(t) &&
      !generic[i] &&
      !isMasked(t) &&
      !ROMAN_TOKEN.test(t.text) &&
      !englishOnly(t) &&
      !FUNCTION_VI.has(t.low) &&
      !((initial.some((w) => tokenIs(t, w)) || titleOpening(t, i)) && atSentenceStart(t));
    if (!eligible) {
      flush();
      return;
    }
    const prev = run.length > 0 ? tokens[run[run.length - 1]!]! : null;
    if (prev && !adjacent(prev, t)) flush();
    run.push(i);
  });
  flush();

  found.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const f of found) {
    const name = f.name.replace(/\s+/g, ' ');
    const key = fold(name);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/**
 * Head words of a body's name written in English ("Public Investment Disbursement Task Force",
 * "Land Clearance Council", "Tourism Development Steering Board"). Closed class.
 */
const BODY_HEADS_EN = new Set(['board', 'council', 'force', 'committee', 'group', 'team', 'commission']);

/**
 * Spans of the names of bodies an English question writes in Title Case words ending in a body's
 * head word, with a Title Case run joined to one by "and" ("Social and Health Insurance Steering
 * Board"). Their words are the body's name rendered in English, which no Vietnamese article
 * contains: they are no proper names to look for.
 */
export function englishBodyNames(text: string): Span[] {
  const tokens = tokenize(text);
  const gap = (a: Token, b: Token) => text.slice(a.end, b.start);
  const out: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i]!)) {
      i++;
      continue;
    }
    let end = i;
    while (
      end + 1 < tokens.length &&
      isCapitalised(tokens[end + 1]!) &&
      /^\s+$/u.test(gap(tokens[end]!, tokens[end + 1]!))
    )
      end++;
    if (end > i && BODY_HEADS_EN.has(tokens[end]!.low)) {
      let start = i;
      // "Social and Health Insurance …": the run before "and" names the same body.
      const and = tokens[start - 1];
      if (and?.low === 'and' && start >= 2 && isCapitalised(tokens[start - 2]!)) {
        start -= 2;
        while (
          start > 0 &&
          isCapitalised(tokens[start - 1]!) &&
          /^\s+$/u.test(gap(tokens[start - 1]!, tokens[start]!))
        )
          start--;
      }
      out.push({ start: tokens[start]!.start, end: tokens[end]!.end });
    }
    i = end + 1;
  }
  return out;
}
