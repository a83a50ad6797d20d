/**
 * Vietnamese word lists for keyword search: closed-class compound words worth matching as phrases
 * (topic words come from learned collocations), measure words
 * that end a unit phrase, and the stop words (question and function words) left out of search terms.
 */

import {
  MEETING_KINDS,
  ORG_KINDS,
  PLACE_LEVELS,
  PURPOSE_STOP_WORDS,
  ROLE_VERBS,
  UNITS,
} from '../records/vocab.ts';
import { fold } from '../text/normalize.ts';
import { GLOSSARY } from './glossary.ts';
import { type Token, tokenIs } from './match.ts';

/**
 * Multi-syllable words of the closed classes (role verbs, units and counted nouns, organisation
 * and meeting kinds, meeting verbs, administrative levels; records/vocab.ts) and the glossary's
 * Vietnamese renderings. Topic words are not listed: they come from the collocations learned from
 * the indexed text (index/collocations.ts), passed to {@link compoundAt}.
 */
const CLOSED_COMPOUNDS = [
  ...Object.keys(ROLE_VERBS),
  ...Object.keys(UNITS),
  ...ORG_KINDS,
  ...MEETING_KINDS,
  ...PURPOSE_STOP_WORDS,
  ...PLACE_LEVELS,
].filter((p) => /\s/u.test(p.trim()));

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

const COMPOUNDS = index([...CLOSED_COMPOUNDS, ...MEASURES, ...GLOSSARY.flatMap((e) => e.vi)]);

/**
 * Learned collocations: folded adjacent syllable pairs (`"sat lo"`), as the index reader loads
 * them (index/collocations.ts). Empty when the index has none (or no index is at hand).
 */
export type Collocations = ReadonlySet<string>;

/** Length of the run of learned collocations starting at token `i` (`nước sinh hoạt` = 3), 0 if none. */
function learnedAt(tokens: readonly Token[], i: number, learned: Collocations): number {
  let j = i;
  while (j + 1 < tokens.length) {
    const a = tokens[j]!;
    const b = tokens[j + 1]!;
    // Two function words side by side ("một số", "trên đây") make no content word.
    if (isStopToken(a) && isStopToken(b)) break;
    if (!learned.has(`${a.fold} ${b.fold}`)) break;
    j++;
  }
  return j > i ? j - i + 1 : 0;
}

/**
 * Length of the longest known compound (or measure) starting at token `i`, 0 if none: a closed-class
 * or glossary phrase, or a run of collocations learned from the indexed text.
 */
export function compoundAt(tokens: readonly Token[], i: number, learned?: Collocations): number {
  const first = tokens[i];
  if (!first) return 0;
  const run = learned && learned.size > 0 ? learnedAt(tokens, i, learned) : 0;
  for (const p of COMPOUNDS.get(first.fold) ?? []) {
    if (p.length <= run) break;
    if (p.every((w, k) => tokens[i + k] !== undefined && tokenIs(tokens[i + k]!, w))) return p.length;
  }
  return run;
}

/** Question words, function words and fillers: never search terms. */
export const VI_STOP = new Set(
  (
    'ai gì nào đâu sao bao nhiêu mấy khi lúc giờ thế vậy nhỉ hả ạ à ư ơi không chưa có là của và với cho hỏi ' +
    'giúp biết xin vui hãy được bị đã đang sẽ vừa các những một mọi này đó kia ấy thì mà nên để do bởi vì ' +
    'tại ở trong ngoài trên dưới về từ đến tới theo như cũng rất nhất hơn lại còn đều vẫn nếu hay hoặc tính vào ra ' +
    'nêu liệt kê cụ người vị hôm ngày tháng năm lần thứ số gần đây mới hiện nay tôi mình bạn em anh chị từng mỗi ' +
    'tất cả toàn hết nữa rồi xong thời gian nơi chỗ trước sau cùng đi nhé nha thôi chứ nhưng tuy dù lên xuống ' +
    'ông bà những hồi lúc nào đấy kể tên rõ biết hãy giùm dùm gồm kèm'
  ).split(' '),
);

// Bare spellings of stop words, minus those that are also bare spellings of domain words
// ("ban" = bạn/ban, "dau" = đâu/đầu, "thi" = thì/thị): a bare question keeps those.
const DOMAIN_FOLDED = new Set(
  [...CLOSED_COMPOUNDS, ...GLOSSARY.flatMap((e) => e.vi)]
    .flatMap((p) => p.toLowerCase().split(/\s+/))
    .filter((w) => !VI_STOP.has(w))
    .map((w) => fold(w)),
);
/**
 * Bare spellings that stay function words though a domain phrase ends on one: "nhung" is những or
 * nhưng, "nhũng" only in "tham nhũng"; "lan" is lần, "lận" only in "gian lận". Closed.
 */
const STOP_THOUGH_DOMAIN = new Set(['nhung', 'lan']);
export const VI_STOP_FOLDED = new Set(
  [...VI_STOP].map((w) => fold(w)).filter((w) => !DOMAIN_FOLDED.has(w) || STOP_THOUGH_DOMAIN.has(w)),
);

/**
 * Every stop word's bare spelling, domain look-alikes included ("ban", "dau"): for reading what a
 * question asks by after its frame word ("xa hieu giang", "đơn vị nào tham luận"), where no stop word
 * is a name or an act.
 */
export const VI_STOP_EVERY_FOLDED: ReadonlySet<string> = new Set([...VI_STOP].map((w) => fold(w)));

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
  // A placeholder noun with the question word: the thing asked, no word of it ("cam kết điều gì").
  'điều gì',
  'cái gì',
  // Words about the news coverage, not the meeting ("có cuộc họp được đưa tin").
  'đưa tin',
  'đăng tin',
  'đăng tải',
  // The stored articles themselves ("trong các bài viết về Đà Bắc", "theo bài báo"): the corpus, not a topic.
  'bài viết',
  'bài báo',
];

/** A stop word as typed: marked spellings against `VI_STOP`, bare ones also against `VI_STOP_FOLDED`. */
export function isStopToken(t: Token): boolean {
  return VI_STOP.has(t.low) || (t.fold === t.low && VI_STOP_FOLDED.has(t.low));
}
