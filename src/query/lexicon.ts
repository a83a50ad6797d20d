/**
 * Vietnamese word lists for keyword search: compound words worth matching as phrases, measure words
 * that end a unit phrase, and the stop words (question and function words) left out of search terms.
 */
import { fold } from '../text/normalize.ts';
import { GLOSSARY } from './glossary.ts';
import { type Token, tokenIs } from './match.ts';

// Domain compounds that questions use; the glossary's Vietnamese renderings are added below.
const EXTRA_COMPOUNDS = [
  'giao ban',
  'chủ trì',
  'đồng chủ trì',
  'cùng chủ trì',
  'đảng viên',
  'đảng viên mới',
  'hội nghị',
  'cuộc họp',
  'ban chấp hành',
  'ban thường vụ',
  'ban chỉ đạo',
  'thường trực',
  'tổ chức cơ sở đảng',
  'kết nạp',
  'sơ kết',
  'tổng kết',
  'nghị quyết',
  'nghị quyết chuyên đề',
  'chuyên đề',
  'làm việc',
  'đoàn công tác',
  'trưởng đoàn',
  'kết luận',
  'chuyển đổi số',
  'hộ nghèo',
  'lượt khách',
  'thu ngân sách',
  'ngân sách',
  'dự toán',
  'kế hoạch',
  'phần trăm',
  'đại hội',
  'nhiệm kỳ',
  'đầu tư',
  'đầu tư công',
  'công trình',
  'văn bản',
  'văn bản điện tử',
  'đơn thư',
  'khen thưởng',
  'tập thể',
  'cá nhân',
  'thành viên',
  'học viên',
  'lớp học',
  'đại biểu',
  'sản lượng',
  'hải sản',
  'khai thác',
  'lễ hội',
  'dịch bệnh',
  'vật nuôi',
  'phát triển',
  'đô thị',
  'kiến nghị',
  'hỗ trợ',
  'xây dựng đảng',
  'công tác',
  'nhiệm vụ',
  'tuyên truyền',
  'kiểm tra',
  'giám sát',
  'dân vận',
  'tuyên giáo',
  'đoàn thể',
  'quy chế dân chủ',
  'cơ sở',
  'chống hạn',
  'nước sinh hoạt',
  'sạt lở',
  'bờ biển',
  'trung hạn',
  'cơ quan',
  'doanh nghiệp',
  'chỉ tiêu',
  'thông qua',
  'kiện toàn',
  'làm điểm',
  'đường liên xã',
  'tin bài',
  'xấu độc',
  'không gian mạng',
  'cơ sở dữ liệu',
  'nền tảng',
  'tổng số',
  'tỷ lệ',
  'chủ đề',
  'thống nhất',
  'chủ trương',
  'phát biểu',
  'tỷ đồng',
  'triệu đồng',
  'héc ta',
  'người dân',
  'tổ chức đảng',
  'chi bộ',
  'đảng bộ',
  'trung tâm chính trị',
  'cuộc thi',
  'hoàn thành',
  'vượt',
];

// Measure words: a unit phrase stops after them ("bao nhiêu phần trăm dự toán" → "phần trăm").
export const MEASURES = [
  'phần trăm',
  '%',
  'tấn',
  'tạ',
  'kg',
  'ha',
  'héc ta',
  'km',
  'mét',
  'lít',
  'tỷ đồng',
  'triệu đồng',
  'đồng',
  'tiền',
];

type Phrase = readonly string[];

/** Phrases keyed by the folded first word, longest first. */
export function index(phrases: readonly string[]): Map<string, Phrase[]> {
  const map = new Map<string, Phrase[]>();
  for (const p of phrases) {
    const words = p.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    const key = fold(words[0]!);
    const list = map.get(key) ?? [];
    if (!list.some((l) => l.join(' ') === words.join(' '))) list.push(words);
    map.set(key, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
}

const COMPOUNDS = index([...EXTRA_COMPOUNDS, ...MEASURES, ...GLOSSARY.flatMap((e) => e.vi)]);

/** Length of the longest known compound (or measure) starting at token `i`, 0 if none. */
export function compoundAt(tokens: readonly Token[], i: number): number {
  const first = tokens[i];
  if (!first) return 0;
  for (const p of COMPOUNDS.get(first.fold) ?? []) {
    if (p.every((w, k) => tokens[i + k] !== undefined && tokenIs(tokens[i + k]!, w))) return p.length;
  }
  return 0;
}

/** Question words, function words and fillers: never search terms. */
export const VI_STOP = new Set(
  (
    'ai gì nào đâu sao bao nhiêu mấy khi lúc giờ thế vậy nhỉ hả ạ à ư ơi không chưa có là của và với cho hỏi ' +
    'giúp biết xin vui lòng hãy được bị đã đang sẽ vừa các những một mọi này đó kia ấy thì mà nên để do bởi vì ' +
    'tại ở trong ngoài trên dưới về từ đến tới theo như cũng rất nhất hơn lại còn đều vẫn nếu hay hoặc tính vào ra ' +
    'nêu liệt kê cụ người vị hôm ngày tháng năm lần thứ số gần đây mới hiện nay tôi mình bạn em anh chị từng mỗi ' +
    'tất cả toàn hết nữa rồi thời gian nơi chỗ trước sau cùng đi nhé nha thôi chứ nhưng tuy dù lên xuống ' +
    'ông bà những hồi lúc nào đấy kể tên rõ biết hãy giùm dùm'
  ).split(' '),
);

// Bare spellings of stop words, minus those that are also bare spellings of domain words
// ("ban" = bạn/ban, "dau" = đâu/đầu, "thi" = thì/thị): a bare question keeps those.
const DOMAIN_FOLDED = new Set(
  [...EXTRA_COMPOUNDS, ...GLOSSARY.flatMap((e) => e.vi)]
    .flatMap((p) => p.toLowerCase().split(/\s+/))
    .filter((w) => !VI_STOP.has(w))
    .map((w) => fold(w)),
);
export const VI_STOP_FOLDED = new Set([...VI_STOP].map((w) => fold(w)).filter((w) => !DOMAIN_FOLDED.has(w)));

/** Filler phrases whose syllables are not search terms even when each alone would be. */
export const FILLERS = [
  'theo thông tin',
  'cho hỏi',
  'cho biết',
  'xin hỏi',
  'vui lòng',
  'làm ơn',
  'như thế nào',
  'là bao nhiêu',
  'địa điểm nào',
  'thời gian nào',
  'thời điểm nào',
  'gần đây nhất',
  'mới nhất',
  'gần nhất',
  'liệt kê',
  'kể tên',
  'tính đến',
  'hiện nay',
  'hiện tại',
  'diễn ra',
  'ở đâu',
  'tại đâu',
  'khi nào',
  'ngày nào',
  'hôm nào',
  'bao giờ',
  'lúc nào',
  'là gì',
  'là ai',
];

/** A stop word as typed: marked spellings against `VI_STOP`, bare ones also against `VI_STOP_FOLDED`. */
export function isStopToken(t: Token): boolean {
  return VI_STOP.has(t.low) || (t.fold === t.low && VI_STOP_FOLDED.has(t.low));
}
