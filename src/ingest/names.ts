/**
 * Vietnamese personal names and the titles written after them ("đồng chí Lê Tiến Châu, Ủy viên
 * BCH Trung ương Đảng, Bí thư Tỉnh ủy chủ trì…"). Shared by the fact extractor and the by-line reader.
 */

const W = '(?![\\p{L}\\p{N}])';
/** One capitalised syllable: "Lò", "Hùng", "H'Lú", "Y". */
// An apostrophe may join a capital inside the syllable ("H'Yim", "H’Lú" in Central Highlands names).
const SYL = "\\p{Lu}[\\p{Ll}\\p{M}]*(?:['’]\\p{Lu}?[\\p{Ll}\\p{M}]*)?";
const NAME_RUN = new RegExp(`${SYL}${W}(?:[ \\t]+${SYL}${W}){0,5}`, 'uy');

// Syllables that open a title or an organisation, never a personal name. A capitalised run that
// starts with one is no name ("Bí thư…"); one that meets a strong title word later stops there
// ("Lê Tiến Châu Bí thư…" → "Lê Tiến Châu"). Common surnames and middle names (Đồng, Văn, Thị,
// Công, Quốc, Tiến, Đoàn…) are deliberately absent.
const words = (s: string) => new Set(s.split(/\s+/));
const STRONG_TITLE = words('Phó Bí Chủ Trưởng Ủy Tổng Giám Tỉnh Huyện Đảng Ban Bộ Sở Cục Chánh UBND HĐND');
const NOT_FIRST = new Set([
  ...STRONG_TITLE,
  ...words(
    'Thường Thị Thành Hội Đại Thiếu Thượng Giáo Thạc Bác Kỹ Ông Bà Các Những Xã Phường Thôn Bản ' +
      'Trường Viện Báo Đài Cổng Trang Nhà Mặt Đội Khối Cơ Người Theo Tin Ảnh Tác Sáng Chiều Ngày',
  ),
]);

/** A personal name read at a position. */
export interface NameHit {
  name: string;
  end: number;
}

/**
 * Read a name of 2–5 capitalised syllables starting exactly at `pos`, cut before any title word.
 * Returns null when there is none.
 */
export function readNameAt(text: string, pos: number, minSyllables = 2): NameHit | null {
  NAME_RUN.lastIndex = pos;
  const m = NAME_RUN.exec(text);
  if (!m) return null;
  const parts = m[0].split(/[ \t]+/);
  const kept: string[] = [];
  for (const p of parts) {
    if ((kept.length === 0 ? NOT_FIRST : STRONG_TITLE).has(p) || kept.length === 5) break;
    kept.push(p);
  }
  if (kept.length < minSyllables) return null;
  // The end is where the last kept syllable ends in the source text.
  let end = pos;
  for (const p of kept) end = text.indexOf(p, end) + p.length;
  return { name: kept.join(' '), end };
}

/** True when the whole string is a plausible personal name (2–5 capitalised syllables). */
export function isPersonName(s: string): boolean {
  const hit = readNameAt(s, 0);
  return hit !== null && hit.end === s.length;
}

/** A person named in running text, with the title that follows the name. */
export interface PersonMention {
  name: string;
  title: string | null;
  /** Index of the honorific ("đồng chí") or of the name when there is none. */
  start: number;
  /** Where the title (or the name) ends: the start of whatever follows. */
  end: number;
}

const HONORIFIC = /(?:các[ \t]+)?(?:đồng chí|đ\/c|ông|bà)[ \t]*:?[ \t]+/iuy;
const SEPARATOR = /[ \t]*(?:,|[-–—])[ \t]*/uy;

// What ends a title: a lowercase verb or connective (titles are written capitalised: "Bí thư
// Tỉnh ủy", though some sites write "Phó Bí thư thường trực thị ủy"), punctuation, or a comma
// before a lowercase word. Case-sensitive on purpose: "Sở Thông tin" is a title, "thông tin" a verb.
const STOP_WORDS = [
  'đã',
  'đang',
  'sẽ',
  'vừa',
  'chủ trì',
  'đồng chủ trì',
  'cùng chủ trì',
  'làm trưởng đoàn',
  'là trưởng đoàn',
  'tại',
  'về',
  'đến',
  'dự',
  'tham dự',
  'phát biểu',
  'nhấn mạnh',
  'yêu cầu',
  'đề nghị',
  'dề nghị',
  'ghi nhận',
  'đánh giá',
  'giao',
  'biểu dương',
  'cho biết',
  'cho rằng',
  'khẳng định',
  'lưu ý',
  'điều hành',
  'trao',
  'kiểm tra',
  'thăm',
  'tặng',
  'làm việc',
  'có',
  'chỉ đạo',
  'kết luận',
  'chúc mừng',
  'quán triệt',
  'nêu rõ',
  'thông tin',
  'báo cáo',
  'trình bày',
  // "Chủ tịch HĐND huyện thông qua báo cáo …": the verb of presenting a report.
  'thông qua',
  // Answering at a council's question time ("… Trưởng phòng Y trả lời chất vấn về …", "giải trình").
  'trả lời',
  'giải trình',
  'khai mạc',
  'bế mạc',
  'đọc',
  'chia sẻ',
  'mong muốn',
  'đề xuất',
  'tiếp',
  'với',
  'trong',
  'khi',
  'để',
  'nhận',
  'được',
  'cũng',
  'luôn',
  'hướng dẫn',
  'đồng thời',
  'thay mặt',
  'làm',
  'là',
];
const TITLE_STOP = new RegExp(
  `[ \\t]+(?:${STOP_WORDS.join('|')})${W}|[ \\t]+(?:và|cùng)[ \\t]+(?=\\p{Ll})|[ \\t]*[;.:(“”"\\n]|[ \\t]*,[ \\t]*(?=\\p{Ll})|$`,
  'gu',
);

/**
 * Keep the leading capitalised comma-separated parts of a raw title ("Bí thư Huyện ủy, phối hợp"
 * → "Bí thư Huyện ủy"). Returns the title (null when nothing is left) and the raw length it used.
 */
function cleanTitle(raw: string): { title: string | null; used: number } {
  let used = 0;
  const parts = raw.split(/(\s*,\s*)/);
  for (let i = 0; i < parts.length; i += 2) {
    const part = parts[i] ?? '';
    if (!/^[\p{Lu}\d]/u.test(part)) break;
    used += (i > 0 ? (parts[i - 1] ?? '').length : 0) + part.length;
  }
  const kept = raw.slice(0, used);
  const trimmed = kept.replace(/[\s,;:.\-–—]+$/u, '');
  const title = trimmed.replace(/\s+/g, ' ').trim();
  return title.length > 0 && title.length <= 200 ? { title, used: trimmed.length } : { title: null, used: 0 };
}

/**
 * Read "đồng chí <Name>[, <Title>]" starting at `pos` (leading spaces allowed). With
 * `needHonorific` false a bare name is accepted (the second and later names of a "các đồng chí:" list).
 */
export function readPersonAt(text: string, pos: number, needHonorific = true): PersonMention | null {
  let p = pos;
  while (text[p] === ' ' || text[p] === '\t') p++;
  const start = p;
  HONORIFIC.lastIndex = p;
  const h = HONORIFIC.exec(text);
  if (h) p = HONORIFIC.lastIndex;
  else if (needHonorific) return null;
  const name = readNameAt(text, p);
  if (!name) return null;
  SEPARATOR.lastIndex = name.end;
  const sep = SEPARATOR.exec(text);
  if (!sep || !/^\p{Lu}/u.test(text.slice(SEPARATOR.lastIndex, SEPARATOR.lastIndex + 1))) {
    return { name: name.name, title: null, start, end: name.end };
  }
  const titleStart = SEPARATOR.lastIndex;
  const window = text.slice(titleStart, titleStart + 240);
  TITLE_STOP.lastIndex = 0;
  const stop = TITLE_STOP.exec(window);
  const { title, used } = cleanTitle(window.slice(0, stop ? stop.index : window.length));
  return { name: name.name, title, start, end: title ? titleStart + used : name.end };
}

// Between two people of one list: ", ", "; ", " và ", ", và ".
const LIST_JOIN = /[ \t]*(?:[,;][ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+)/uy;

/**
 * Read a list of people starting at `pos`: "đồng chí A, T1 và đồng chí B, T2; đồng chí C, T3".
 * After "các đồng chí:" later names may come without their own honorific.
 */
export function readPeopleAt(text: string, pos: number): PersonMention[] {
  const first = readPersonAt(text, pos);
  if (!first) return [];
  const plural = /^\s*các\s/iu.test(text.slice(first.start, first.start + 5));
  const people = [first];
  let at = first.end;
  for (;;) {
    LIST_JOIN.lastIndex = at;
    if (!LIST_JOIN.exec(text)) break;
    const next = readPersonAt(text, LIST_JOIN.lastIndex, !plural);
    if (!next) break;
    people.push(next);
    at = next.end;
  }
  return people;
}

/** Title-case an all-capitals name ("THANH HÒA" → "Thanh Hòa"); other strings unchanged. */
export function fixCapitals(s: string): string {
  if (s !== s.toUpperCase() || s === s.toLowerCase()) return s;
  return s
    .toLowerCase()
    .split(/(\s+)/)
    .map((w) => (w.trim() ? w.charAt(0).toUpperCase() + w.slice(1) : w))
    .join('');
}
