/**
 * Near-misses made from articles: a section of a meeting's report asked about a topic the report
 * never mentions ("Hội nghị X đề ra nhiệm vụ gì về chuyển đổi số?", "What shortcomings in traffic
 * safety did the X meeting point out?"). The meeting is named by its headline, so retrieval finds
 * its article; the article has tasks and limitations, only none about that topic. The right reply is
 * "not found", never the section's best sentence about something else. The oracle: no copy of the
 * article writes any of the topic's words (`written`), folded; only headlines naming a place are used.
 */

import { findPlaces } from '../place/find.ts';
import { fold } from '../text/normalize.ts';
import { meetingOf } from './details.ts';
import type { Mutation } from './mutations.ts';
import { foldedVariant } from './variants.ts';

/** A topic of local government work, as Vietnamese and English questions name it. */
export interface Topic {
  vi: string;
  en: string;
  /** Folded phrases any of which, written by an article, means it may speak of the topic. */
  written: readonly string[];
}

/**
 * Topics asked. Closed list of common fields of provincial and district work, each with wide
 * oracles (a related word skips the article), so a made question is unanswerable whatever its
 * wording matches.
 */
export const TOPICS: readonly Topic[] = [
  {
    vi: 'chuyển đổi số',
    en: 'digital transformation',
    written: ['chuyen doi so', 'so hoa', 'cong nghe thong tin'],
  },
  { vi: 'an toàn giao thông', en: 'traffic safety', written: ['giao thong'] },
  { vi: 'phòng cháy chữa cháy', en: 'fire prevention', written: ['chay', 'pccc'] },
  { vi: 'cải cách hành chính', en: 'administrative reform', written: ['cai cach', 'hanh chinh'] },
  { vi: 'bảo vệ môi trường', en: 'environmental protection', written: ['moi truong', 'rac thai'] },
  { vi: 'phòng chống ma túy', en: 'drug prevention', written: ['ma tuy'] },
  { vi: 'du lịch', en: 'tourism', written: ['du lich', 'du khach', 'luot khach'] },
  { vi: 'xuất khẩu lao động', en: 'labour export', written: ['xuat khau', 'lao dong', 'viec lam'] },
  {
    vi: 'phòng chống thiên tai',
    en: 'natural disaster prevention',
    written: ['thien tai', 'bao', 'lu', 'han han', 'sat lo'],
  },
  { vi: 'y tế', en: 'healthcare', written: ['y te', 'benh', 'kham chua', 'dich'] },
];

/** The question shapes: a section of the report asked about a topic. */
interface TopicShape {
  name: string;
  formal: (meeting: string, topic: Topic) => string;
  chat: (meeting: string, topic: Topic) => string;
  en: (meeting: string, topic: Topic) => string;
}

const SHAPES: readonly TopicShape[] = [
  {
    name: 'task',
    formal: (m, t) => `${capital(m)} đề ra nhiệm vụ gì về ${t.vi}?`,
    chat: (m, t) => `${m} nhiem vu ve ${fold(t.vi)} la gi`,
    en: (m, t) => `What tasks on ${t.en} were set at the ${m} meeting?`,
  },
  {
    name: 'limitation',
    formal: (m, t) => `${capital(m)} chỉ ra những hạn chế gì trong công tác ${t.vi}?`,
    chat: (m, t) => `${m} han che gi ve ${fold(t.vi)}`,
    en: (m, t) => `What shortcomings in ${t.en} did the ${m} meeting point out?`,
  },
];

/** Topics asked of one article at most (the first of {@link TOPICS} it never writes). */
const TOPICS_PER_ARTICLE = 2;

const capital = (s: string): string => s.replace(/^\p{L}/u, (c) => c.toUpperCase());
const folded = (s: string): string => fold(s).toLowerCase().replace(/\s+/gu, ' ');
const writes = (text: string, phrase: string): boolean =>
  new RegExp(`(?<![a-z])${phrase}(?![a-z])`, 'u').test(text);

/** The meeting an article's headline names, its English form, and the first `n` entries of `table` no copy writes. */
function unwrittenOf<T extends { written: readonly string[] }>(
  article: { title: string },
  texts: readonly string[],
  table: readonly T[],
  n: number,
): { meeting: string; en: string; absent: T[] } | null {
  const meeting = meetingOf(article.title);
  // A headline naming no place ("5 năm một chặng đường phát triển") does not pin one meeting:
  // another place's meeting on the topic would rightly answer.
  if (!meeting || findPlaces(article.title).length === 0) return null;
  const headline = folded(article.title);
  const copies = texts.map(folded).filter((t) => t.includes(headline));
  if (copies.length === 0) return null;
  const absent = table.filter((x) => !copies.some((c) => x.written.some((w) => writes(c, w)))).slice(0, n);
  return { meeting, en: foldedVariant(article.title.replace(/[\s.…!?]+$/u, '').trim()), absent };
}

/**
 * The topic near-misses of one article: for each of its first {@link TOPICS_PER_ARTICLE} topics no
 * copy writes, each shape, formal, chat and English. `texts` are every article of the corpus: a
 * copy is one writing the same headline.
 */
export function topicQuestions(article: { id: string; title: string }, texts: readonly string[]): Mutation[] {
  const found = unwrittenOf(article, texts, TOPICS, TOPICS_PER_ARTICLE);
  if (!found) return [];
  const { meeting, en, absent } = found;
  return absent.flatMap((topic) =>
    SHAPES.flatMap((shape) => {
      const from = `${shape.name}: ${topic.vi}`;
      const made = (q: string, to: string): Mutation => ({
        kind: 'topic',
        sourceId: article.id,
        q,
        from,
        to,
      });
      return [
        made(shape.formal(meeting, topic), 'formal'),
        made(shape.chat(folded(meeting), topic), 'chat'),
        made(shape.en(en, topic), 'en'),
      ];
    }),
  );
}

/** A counted subject of local government reports, as questions name it. */
export interface Subject {
  vi: string;
  en: string;
  /** Folded phrases any of which, written by an article, means it may count the subject. */
  written: readonly string[];
}

/**
 * Subjects counted. Closed list of figures reports commonly give, each with a wide oracle (a related
 * word skips the article), so a made question is unanswerable whatever its wording matches.
 */
export const SUBJECTS: readonly Subject[] = [
  { vi: 'hộ thoát nghèo', en: 'households escaped poverty', written: ['ngheo'] },
  { vi: 'km đường giao thông nông thôn', en: 'km of rural roads', written: ['km', 'duong', 'giao thong'] },
  { vi: 'ha rừng trồng mới', en: 'hectares of new forest', written: ['rung', 'ha'] },
  { vi: 'lượt khách du lịch', en: 'tourist arrivals', written: ['khach', 'du lich'] },
  { vi: 'doanh nghiệp thành lập mới', en: 'newly founded businesses', written: ['doanh nghiep'] },
  { vi: 'lao động được giải quyết việc làm', en: 'workers given jobs', written: ['lao dong', 'viec lam'] },
  {
    vi: 'xã đạt chuẩn nông thôn mới',
    en: 'communes meeting the new rural standard',
    written: ['nong thon moi', 'dat chuan'],
  },
  {
    vi: 'trường đạt chuẩn quốc gia',
    en: 'schools meeting national standards',
    written: ['truong', 'chuan quoc gia'],
  },
];

/** Subjects asked of one article at most (the first of {@link SUBJECTS} it never writes). */
const SUBJECTS_PER_ARTICLE = 2;

/**
 * The counted-subject near-misses of one article: "Theo hội nghị X, có bao nhiêu hộ thoát nghèo?"
 * for its first {@link SUBJECTS_PER_ARTICLE} subjects no copy writes, formal, chat and English. The
 * article has figures, only none of that subject: the right reply is "not found", never a figure of
 * another subject. Only headlines naming a place are used.
 */
export function subjectQuestions(
  article: { id: string; title: string },
  texts: readonly string[],
): Mutation[] {
  const found = unwrittenOf(article, texts, SUBJECTS, SUBJECTS_PER_ARTICLE);
  if (!found) return [];
  const { meeting, en, absent } = found;
  return absent.flatMap((x) => {
    const made = (q: string, to: string): Mutation => ({
      kind: 'subject',
      sourceId: article.id,
      q,
      from: x.vi,
      to,
    });
    return [
      made(`Theo ${meeting}, có bao nhiêu ${x.vi}?`, 'formal'),
      made(`${folded(meeting)} bn ${fold(x.vi)}`, 'chat'),
      made(`According to the ${en} meeting, how many ${x.en} were there?`, 'en'),
    ];
  });
}
