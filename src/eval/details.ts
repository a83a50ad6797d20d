/**
 * Near-misses made from articles rather than questions: a detail of a meeting its report does not
 * state, asked about that meeting by its headline ("Hội nghị <headline> có bao nhiêu đại biểu dự?").
 * Every constraint of such a question fits one article exactly, so retrieval finds it; only the
 * asked target is missing. The right reply is "not found", never the nearest sentence (a date for
 * "how long", the chair for "who was the secretary", a budget figure for "what did it cost").
 * The oracle is written per template: no copy of the article states the detail in any form.
 */

import { fold } from '../text/normalize.ts';
import type { Mutation } from './mutations.ts';
import { foldedVariant } from './variants.ts';

/** One detail a meeting's report may leave out, how a question asks it, and how an article states it. */
export interface DetailTemplate {
  /** What is asked (the mutation's `from`). */
  name: string;
  /** The formal question about meeting `m` ("hội nghị Huyện ủy X giao ban quý II năm 2022"). */
  formal: (m: string) => string;
  /** The same typed in chat: without diacritics, lower case, no question mark. */
  chat: (m: string) => string;
  /** The same in English, `m` being the headline without diacritics ("Huyen uy Tuy Phong giao ban quy II nam 2022"). */
  en: (m: string) => string;
  /** Whether a folded article states the detail (any number of attendees, any "kinh phí"…). */
  stated: RegExp;
}

/** Numbers written in words before a count noun ("hơn một trăm đại biểu"). */
const NUMBER_WORDS = '(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|tram|nghin|ngan)';

/**
 * The details asked. Closed list: facts of a meeting that reports often omit and that questions
 * about meetings ask. Oracles are deliberately wide (any mention of the kind of fact skips the
 * article), so a made question is unanswerable whatever its wording finds.
 */
export const DETAIL_TEMPLATES: readonly DetailTemplate[] = [
  {
    name: 'attendees',
    formal: (m) => `${capital(m)} có bao nhiêu đại biểu dự?`,
    chat: (m) => `${m} co bao nhieu dai bieu du`,
    en: (m) => `How many delegates attended the ${m} meeting?`,
    stated: new RegExp(
      `(?:\\d[\\d.,]*|${NUMBER_WORDS}) (?:dai bieu|nguoi|thanh vien|dong chi|delegates)(?![a-z])`,
      'u',
    ),
  },
  {
    name: 'duration',
    formal: (m) => `${capital(m)} kéo dài mấy ngày?`,
    chat: (m) => `${m} keo dai may ngay`,
    en: (m) => `How many days did the ${m} meeting last?`,
    stated: new RegExp(`(?:\\d+|${NUMBER_WORDS}|nua) ngay(?![a-z])|keo dai|trong ngay`, 'u'),
  },
  {
    name: 'cost',
    formal: (m) => `Kinh phí tổ chức ${m} là bao nhiêu?`,
    chat: (m) => `kinh phi to chuc ${m} bn`,
    en: (m) => `How much did the ${m} meeting cost?`,
    stated: /kinh phi|chi phi/u,
  },
  {
    name: 'secretary',
    formal: (m) => `Ai là thư ký ${m}?`,
    chat: (m) => `ai la thu ky ${m}`,
    // Not "secretary": in English that is also the Party secretary (bí thư), whom reports name.
    en: (m) => `Who took the minutes at the ${m} meeting?`,
    stated: /thu ky/u,
  },
  {
    name: 'host',
    formal: (m) => `Ai dẫn chương trình ${m}?`,
    chat: (m) => `ai dan chuong trinh ${m}`,
    en: (m) => `Who was the MC of the ${m} meeting?`,
    stated: /dan chuong trinh|mc(?![a-z])/u,
  },
  {
    // Who presented the report, of a meeting whose report names no report at all.
    name: 'presenter',
    formal: (m) => `Ai trình bày báo cáo tại ${m}?`,
    chat: (m) => `ai trinh bay bao cao tai ${m}`,
    en: (m) => `Who presented the report at the ${m} meeting?`,
    stated: /trinh bay|bao cao|(?<![a-z])bc(?![a-z])|report/u,
  },
  {
    // Who concluded, of a meeting whose report writes no conclusion, direction or speech.
    name: 'concluder',
    formal: (m) => `Ai phát biểu kết luận ${m}?`,
    chat: (m) => `ai phat bieu ket luan ${m}`,
    en: (m) => `Who gave the closing remarks at the ${m} meeting?`,
    stated: /ket luan|chi dao|phat bieu|concluded|closing/u,
  },
  {
    name: 'absent',
    formal: (m) => `${capital(m)} có bao nhiêu đại biểu vắng mặt?`,
    chat: (m) => `${m} co bn dai bieu vang mat`,
    en: (m) => `How many delegates were absent from the ${m} meeting?`,
    stated: /vang(?![a-z])|absent/u,
  },
  {
    name: 'women',
    formal: (m) => `${capital(m)} có bao nhiêu đại biểu nữ?`,
    chat: (m) => `${m} co bao nhieu dai bieu nu`,
    en: (m) => `How many women delegates attended the ${m} meeting?`,
    stated: /(?<![a-z])nu(?![a-z])|women|female/u,
  },
  {
    name: 'venue',
    formal: (m) => `${capital(m)} diễn ra ở đâu?`,
    chat: (m) => `${m} to chuc o dau`,
    en: (m) => `Where was the ${m} meeting held?`,
    // Any place of holding it: a hall, an office, a body's seat, a commune, online, "địa điểm".
    stated:
      /(?<![a-z])(?:tai|o) (?:hoi truong|tru so|nha van hoa|phong hop|trung tam|khach san|diem cau|uy ban|ubnd|hdnd|huyen uy|tinh uy|thi uy|thanh uy|dang uy|xa|phuong|thon|ban|to dan pho|khu)(?![a-z])|truc tuyen|dia diem|diem cau/u,
  },
  {
    name: 'start time',
    formal: (m) => `${capital(m)} bắt đầu lúc mấy giờ?`,
    chat: (m) => `${m} bat dau luc may gio`,
    en: (m) => `What time did the ${m} meeting start?`,
    // Any time of day: an hour ("8 giờ", "8h30") or a part of the day ("sáng ngày …").
    stated: /\d+ ?(?:gio|h)(?![a-z])|\d+h\d+|(?<![a-z])(?:sang|chieu|toi) (?:ngay|nay|qua|\d)/u,
  },
];

/** Characters of an article's start (its headline and lead) a namesake meeting's headline words are looked for in. */
const NAMESAKE_OPENING = 400;

const capital = (s: string): string => s.replace(/^\p{L}/u, (c) => c.toUpperCase());
const folded = (s: string): string => fold(s).toLowerCase().replace(/\s+/gu, ' ');

/** Words that already name the meeting at a headline's start ("Hội nghị …", "Kỳ họp thứ 9 …"). */
const MEETING_OPENING = /^(?:hội nghị|kỳ họp|phiên họp|cuộc họp|buổi làm việc)(?!\p{L})/iu;

/**
 * The meeting a headline reports, as a question names it: "Huyện ủy Tuy Phong giao ban quý II năm
 * 2022" → "hội nghị Huyện ủy Tuy Phong giao ban quý II năm 2022"; "Bảo Yên: Giao ban …" → "hội nghị
 * Bảo Yên giao ban …". Lower-case first letter; null for an empty headline.
 */
export function meetingOf(title: string): string | null {
  const t = title
    .replace(/\s*:\s*(\p{Lu})/u, (_m, c: string) => ` ${c.toLowerCase()}`)
    .replace(/[\s.…!?]+$/u, '')
    .trim();
  if (!t) return null;
  const m = MEETING_OPENING.test(t) ? t : `hội nghị ${t}`;
  return m.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
}

/**
 * The detail near-misses of one article (formal, chat and English, per template whose detail no copy of it
 * states). `texts` are every article of the corpus: a copy is one writing the same headline, or one
 * opening with every word of it (a namesake meeting the question may as well be about).
 */
export function detailQuestions(
  article: { id: string; title: string },
  texts: readonly string[],
): Mutation[] {
  const meeting = meetingOf(article.title);
  if (!meeting) return [];
  const headline = folded(article.title);
  // A copy writes the headline; a namesake opens with every word of it ("… làm việc với Thị ủy Vĩnh
  // Châu" and another year's "… làm việc với Ban Thường vụ Thị ủy Vĩnh Châu"): the question names
  // either meeting, and a venue the namesake states answers it.
  const words = headline.split(' ').filter(Boolean);
  const copies = texts.map(folded).filter((t) => {
    if (t.includes(headline)) return true;
    const opening = new Set(t.slice(0, NAMESAKE_OPENING).split(/[^a-z0-9]+/u));
    return words.every((w) => opening.has(w.replace(/[^a-z0-9]/gu, '')) || !/[a-z0-9]/u.test(w));
  });
  // English users type the names without diacritics; the headline's ending punctuation is dropped.
  const headlineEn = foldedVariant(article.title.replace(/[\s.…!?]+$/u, '').trim());
  return DETAIL_TEMPLATES.flatMap((tpl) => {
    if (copies.length === 0 || copies.some((t) => tpl.stated.test(t))) return [];
    return [
      { kind: 'detail' as const, sourceId: article.id, q: tpl.formal(meeting), from: tpl.name, to: 'formal' },
      {
        kind: 'detail' as const,
        sourceId: article.id,
        q: tpl.chat(folded(meeting)),
        from: tpl.name,
        to: 'chat',
      },
      { kind: 'detail' as const, sourceId: article.id, q: tpl.en(headlineEn), from: tpl.name, to: 'en' },
    ];
  });
}
