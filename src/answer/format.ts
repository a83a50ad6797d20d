import { EN_MONTH_NAMES } from '../text/months.ts';

/** A chair as `Name (title)`, or the name alone when the article gives no title. */
export function formatChair(c: { name: string; title: string | null }): string {
  return c.title ? `${c.name} (${c.title})` : c.name;
}

/** `2022-09-28` → `28/9/2022`, the way Vietnamese articles write dates. */
export function viDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}/${m}/${y}`;
}

/** `2022-09-28` → `28/9/2022 (September 28, 2022)`. */
export function enDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${viDate(iso)} (${EN_MONTH_NAMES[(m ?? 1) - 1]} ${d}, ${y})`;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * A normalised reporting period in words: `2021-Q1` → `quý I năm 2021` (`Q1 2021`), `2022-H1` →
 * `6 tháng đầu năm 2022`, `2023-9M` → `9 tháng năm 2023`, `2020` → `năm 2020`.
 */
export function periodLabel(period: string, lang: 'vi' | 'en'): string {
  const m = /^(\d{4})(?:-(?:Q(\d)|H([12])|(\d{1,2})M))?$/.exec(period);
  if (!m) return period.replace('-', ' - ');
  const [, y, q, h, n] = m;
  const en = lang === 'en';
  if (q)
    return en ? `Q${q} ${y} (quý ${ROMAN[Number(q) - 1]} năm ${y})` : `quý ${ROMAN[Number(q) - 1]} năm ${y}`;
  if (h) {
    const vi = `6 tháng ${h === '1' ? 'đầu' : 'cuối'} năm ${y}`;
    return en ? `${h === '1' ? 'first' : 'second'} half of ${y} (${vi})` : vi;
  }
  if (n) return en ? `first ${n} months of ${y} (${n} tháng năm ${y})` : `${n} tháng năm ${y}`;
  return en ? `the year ${y}` : `năm ${y}`;
}

/** Labels of an answer's parts, per language. */
export const LABELS = {
  vi: {
    chair: 'Chủ trì',
    roles: {
      chair: 'Chủ trì',
      presenter: 'Trình bày báo cáo',
      concluder: 'Kết luận',
      director: 'Chỉ đạo',
      attendee: 'Tham dự',
      leader: 'Trưởng đoàn',
      speaker: 'Phát biểu',
    },
    /** A chair no sentence names, taken from who concluded or directed the meeting. */
    chairInferred: 'Chủ trì (suy ra từ người kết luận)',
    position: 'Chức vụ',
    venue: 'Địa điểm',
    place: 'Địa phương',
    province: 'Tỉnh',
    provinces: (names: string[]) => `${names.length} tỉnh: ${names.join(', ')}.`,
    deadline: 'Thời hạn',
    yes: 'Đúng',
    no: 'Không',
    unknown: 'Không rõ',
    compareMore: (hi: string, lo: string) => `${hi} cao hơn ${lo}.`,
    compareEqual: (sides: string[]) => `${sides.join(' và ')} bằng nhau.`,
    date: 'Thời gian',
    period: 'Kỳ báo cáo',
    published: 'Ngày đăng',
    sources: 'Nguồn',
    notFound:
      'Không tìm thấy thông tin này trong các bài đã lưu. Hãy thử diễn đạt khác (nêu rõ địa phương, kỳ báo cáo) hoặc xem /latest để biết các bài mới nhất.',
    empty: 'Xin hãy nhập câu hỏi, ví dụ: "Ai chủ trì hội nghị giao ban quý I năm 2021?"',
    truncated: (n: number) => `Câu hỏi quá dài, chỉ xét ${n} ký tự đầu.`,
    alsoIn: 'cũng đăng tại',
    more: (n: number) => `(và ${n} mục khác trong bài)`,
  },
  en: {
    chair: 'Chaired by',
    roles: {
      chair: 'Chaired by',
      presenter: 'Report presented by',
      concluder: 'Concluded by',
      director: 'Directed by',
      attendee: 'Attended by',
      leader: 'Delegation led by',
      speaker: 'Spoke',
    },
    chairInferred: 'Chaired by (inferred from the closing speech)',
    position: 'Position',
    venue: 'Venue',
    place: 'Place',
    province: 'Province',
    provinces: (names: string[]) =>
      `${names.length} province${names.length === 1 ? '' : 's'}: ${names.join(', ')}.`,
    deadline: 'Deadline',
    yes: 'Yes',
    no: 'No',
    unknown: 'Unclear',
    compareMore: (hi: string, lo: string) => `${hi} is higher than ${lo}.`,
    compareEqual: (sides: string[]) => `${sides.join(' and ')} are equal.`,
    date: 'Date',
    period: 'Period',
    published: 'Published',
    sources: 'Sources',
    notFound:
      'The stored articles do not say. Try other wording (name the place or the reporting period), or see /latest for the newest reports.',
    empty: 'Please type a question, e.g. "Who chaired the Q1 2021 meeting?"',
    truncated: (n: number) => `The question was too long; only its first ${n} characters were used.`,
    alsoIn: 'also published at',
    more: (n: number) => `(and ${n} more in the article)`,
  },
} as const;

export type Lang = keyof typeof LABELS;
