/**
 * The post a who-question asks about ("Chủ tịch UBND huyện X là ai?", "ai là Phó Bí thư Thường
 * trực Huyện ủy …", "Who is the Party secretary of X district?"), as a folded Vietnamese title
 * ("chu tich ubnd huyen"), and whether a stated person holds it. A title names a post: its head
 * ("Chủ tịch", never the deputy's "Phó Chủ tịch"), the words that qualify the head ("Thường trực",
 * "Tuyên giáo"), its body ("UBND", "Huyện ủy") and level ("huyện"). An answer naming someone of
 * another post (the meeting's chair for "who is the chairman of the People's Committee", a deputy
 * for "who is the secretary") is the product's worst outcome: the support check and the holder
 * answer both go through {@link holdsTitle}.
 */
import { englishTitle } from '../query/english-titles.ts';
import { POST_ACTS_RUN } from '../query/target.ts';
import { AGENCY_FIELDS, ROLE_VERBS, TITLE_BODIES, TITLE_HEADS } from '../records/vocab.ts';
import { fold, syllables } from '../text/normalize.ts';
import { runAt, runStarts } from '../text/phrase.ts';

/** Title heads, folded, longest first ("pho chu tich" before "chu tich"). */
export const HEADS = [...new Set(TITLE_HEADS.map((h) => fold(h).toLowerCase()))].sort(
  (a, b) => b.length - a.length,
);
/** Bodies a title names, folded ("huyen uy", "ubnd"). */
export const BODIES = TITLE_BODIES.map((b) => fold(b).toLowerCase());
/** Level words after a body ("UBND tỉnh", "Huyện ủy" has none). Closed: administrative levels. */
export const LEVELS = ['tinh', 'huyen', 'thi xa', 'thanh pho', 'xa'];
/** Most words between a head and its body that qualify the post ("Trưởng Ban Tuyên giáo Tỉnh ủy"). */
const MAX_QUALIFIER_WORDS = 3;
const ROLE_VERB_PHRASES = new Set(Object.keys(ROLE_VERBS).map((v) => fold(v).toLowerCase()));
// "ai là / ai làm / người nào là …": the title the person asked about holds.
// "ai được bổ nhiệm (làm / giữ chức) …": the post a personnel act gave.
// "bầu ai làm Phó Chủ tịch …": the act first, the question word after it.
const ASKS_HOLDER = new RegExp(
  `(?:^|\\s)(?:(?:ai|nguoi nao|dong chi nao)\\s+(?:la|lam|(?:da\\s+)?duoc\\s+${POST_ACTS_RUN}(?:\\s+(?:lam|giu chuc))?)|${POST_ACTS_RUN}\\s+(?:ai|nguoi nao|dong chi nao)\\s+(?:lam|giu chuc))\\s+(.+)$`,
  'u',
);
/** Heads of a district's specialised office ("Trưởng phòng Y tế"), folded: the office's field names the post. */
const OFFICE_HEADS = ['pho truong phong', 'truong phong'];
const foldedWords = (v: string): string => syllables(fold(v).toLowerCase()).join(' ');
/**
 * The fields an office is named for (records/vocab.ts `AGENCY_FIELDS`), folded, longest first; an
 * acronym ("tnmt") stands for its field's first full name, which articles write in a post.
 */
const OFFICE_FIELDS = AGENCY_FIELDS.flatMap((f) => {
  const full = foldedWords(f.vi.find((v) => /\p{Ll}/u.test(v)) ?? f.vi[0] ?? '');
  return f.vi.map((v) => ({ form: foldedWords(v), post: /\p{Ll}/u.test(v) ? foldedWords(v) : full }));
}).sort((a, b) => b.form.length - a.form.length);
// "Chủ tịch UBND huyện X (năm 2024) là ai?": the title first, the question word last. An opening
// time or place phrase set off by a comma ("Năm 2024, …") is skipped.
const HOLDER_ASKED_LAST =
  /^(?:[^,]*,\s*)?(.+?)\s+(?:la|lam)\s+(?:ai|nguoi nao|dong chi nao)(?:\s+(?:vay|v|z|a|ha|nhi|nhe|day|the))?\s*\??\s*$/u;

/** The folded title at the start of `rest` (head, qualifiers, body, level), or null without a head. */
function titleAtStart(rest: string): string | null {
  const office = OFFICE_HEADS.find((h) => rest.startsWith(`${h} `));
  if (office) {
    const after = rest.slice(office.length + 1);
    const field = OFFICE_FIELDS.find((f) => after === f.form || after.startsWith(`${f.form} `));
    return field ? `${office} ${field.post}` : null;
  }
  const head = HEADS.find((h) => rest === h || rest.startsWith(`${h} `));
  // "ai làm trưởng đoàn": a role verb of the reports ("làm trưởng đoàn" → leader), not a title.
  if (!head || ROLE_VERB_PHRASES.has(`lam ${head}`) || ROLE_VERB_PHRASES.has(`la ${head}`)) return null;
  const words = rest.slice(head.length).trim().split(' ').filter(Boolean);
  // The body may come after a few qualifying words ("Thường trực", "Tuyên giáo"); without a body
  // the words after the head are the place or the time, not part of the post.
  for (let skip = 0; skip <= MAX_QUALIFIER_WORDS && skip < words.length; skip++) {
    const tail = words.slice(skip).join(' ');
    const body = BODIES.find((b) => tail === b || tail.startsWith(`${b} `));
    if (!body) continue;
    let title = [head, ...words.slice(0, skip), body].join(' ');
    const after = tail.slice(body.length).trim();
    const level = LEVELS.find((l) => after === l || after.startsWith(`${l} `));
    if (level) title += ` ${level}`;
    return title;
  }
  // "Phó Bí thư Thường trực" without a body: the qualifier is still part of the post.
  return words[0] === 'thuong' && words[1] === 'truc' ? `${head} thuong truc` : head;
}

/**
 * The title a who-question names for the person it asks about ("Ai là Phó Chủ tịch UBND tỉnh dự
 * …" → "pho chu tich ubnd tinh"; "Chủ tịch UBND huyện X là ai?" → "chu tich ubnd huyen"), folded,
 * or null. Vietnamese questions only; English ones go through {@link askedTitleOf}.
 */
export function askedTitle(text: string): string | null {
  return inClauses(text, titleOfClause);
}

/**
 * `read` of the whole text, else of each clause set off by a comma alone: such a clause is the
 * question's source or time ("Theo bài viết gần đây nhất, …", "…, theo tin mới nhất", "Based on the
 * latest report, who is …"), and the clause asking the person names the post.
 */
function inClauses(text: string, read: (part: string) => string | null): string | null {
  for (const part of [text, ...text.split(CLAUSE_BREAK)]) {
    const title = read(part.trim());
    if (title) return title;
  }
  return null;
}
const CLAUSE_BREAK = /[,;]/u;

function titleOfClause(text: string): string | null {
  const folded = syllables(fold(text).toLowerCase()).join(' ');
  const m = ASKS_HOLDER.exec(folded);
  if (m?.[1]) return titleAtStart(m[1]);
  const last = HOLDER_ASKED_LAST.exec(folded);
  if (!last?.[1]) return null;
  // Chat runs the meeting into the post with no comma ("ky hop … 22/9/2022 chu tich ubnd tinh la
  // ai"): the post is the first title that runs to "là ai".
  const words = last[1].split(' ');
  for (let i = 0; i < words.length; i++) {
    const title = titleAtStart(words.slice(i).join(' '));
    if (title !== null && (i === 0 || `${last[1]} `.endsWith(` ${title} `))) return title;
  }
  return null;
}

/**
 * The post by which a who-question describes the person it asks about: the asked title
 * ({@link askedTitleOf}), else, in Vietnamese, a title with its body after "đồng chí", "ông" or
 * "bà" or opening a clause ("đồng chí Bí thư Huyện ủy dự và phát biểu chỉ đạo là ai?", "…, bí
 * thư huyện ủy phát biểu chỉ đạo là ai"); folded, or null. Of several people in the asked role,
 * only one holding it answers.
 */
export function describedTitle(text: string, lang: 'vi' | 'en'): string | null {
  const asked = askedTitleOf(text, lang);
  if (asked !== null || lang === 'en') return asked;
  for (const clause of text.split(CLAUSE_BREAK)) {
    const words = syllables(fold(clause).toLowerCase());
    for (let i = 0; i < words.length; i++) {
      const opens = i === 0 || DESCRIBING.some((d) => runAt(words, d, i - d.length));
      if (!opens) continue;
      const title = titleAtStart(words.slice(i).join(' '));
      if (title !== null && BODIES.some((b) => ` ${title} `.includes(` ${b} `))) return title;
    }
  }
  return null;
}
/** Words that introduce a person by their post ("đồng chí Bí thư …"), folded. Closed. */
const DESCRIBING: readonly (readonly string[])[] = [['dong', 'chi'], ['ong'], ['ba']];

/** The title a who-question asks about, in either language (folded Vietnamese), or null. */
export function askedTitleOf(text: string, lang: 'vi' | 'en'): string | null {
  return lang === 'vi' ? askedTitle(text) : inClauses(text, englishTitle);
}

/**
 * Words that introduce the post a personnel act gives ("… giữ chức Bí thư", "bầu … làm Phó Chủ
 * tịch", "vào chức danh …"), folded. Closed. A title right after the person's name without one of
 * them is the post they held before ("điều động đồng chí X, Bí thư Thị ủy, đến nhận công tác …").
 */
const POST_GIVEN_CUES: readonly (readonly string[])[] = [
  ['giu', 'chuc'],
  ['giu', 'chuc', 'vu'],
  ['giu', 'chuc', 'danh'],
  ['chuc', 'vu'],
  ['chuc', 'danh'],
  ['lam'],
  ['giu'],
  ['vao', 'chuc'],
  // "Ông X … đã trúng cử Phó Chủ tịch UBND tỉnh": the election won names the post.
  ['trung', 'cu'],
];

/** `clause` gives the folded title `title` through a post-giving word before it ({@link POST_GIVEN_CUES}). */
export function givesTitle(clause: string, title: string): boolean {
  const words = syllables(fold(clause).toLowerCase());
  const t = title.split(' ');
  return runStarts(words, t).some((i) => POST_GIVEN_CUES.some((c) => runAt(words, c, i - c.length)));
}

/** A stated person ("Name (titles)") holds the title: its head, not a deputy's, and its body and level. */
export function holdsTitle(value: string, title: string): boolean {
  const said = ` ${syllables(fold(value).toLowerCase()).join(' ')} `;
  if (!said.includes(` ${title} `)) return false;
  // "Bí thư" asked, "Phó Bí thư" stated: another title.
  return title.startsWith('pho ') || !said.includes(` pho ${title} `) || said.split(` ${title} `).length > 2;
}
