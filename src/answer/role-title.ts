/**
 * A claim about who held a meeting's role by post, not by name ("… do một Phó Chủ tịch UBND huyện
 * chủ trì, có phải không?", "Was the briefing chaired by one of the district vice chairmen?"): the
 * titles the article gives the role's holders decide. "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện"
 * holds "Chủ tịch UBND huyện" and not "Phó Chủ tịch UBND huyện": each comma part of a title is one
 * post, and a deputy's post is never the head's (verify.ts `titleVerdict`).
 */
import type { IndexReader } from '../index/open.ts';
import { englishPostsNamed, englishTitle } from '../query/english-titles.ts';
import type { ParsedQuestion } from '../query/parse.ts';
import type { Retrieval } from '../retrieve/hybrid.ts';
import { fold, syllables } from '../text/normalize.ts';
import { type AnswerOptions, selectAnswers } from './answer.ts';
import type { DocAnswer } from './render.ts';
import { titleVerdict } from './verify.ts';

/** The heads of the posts a role's holder is named by, either spelling, "phó" before a deputy's. Closed. */
const VI_POST =
  /(?<![\p{L}])(?:(?:phó|pho)\s+)?(?:bí thư|bi thu|chủ tịch|chu tich|trưởng ban|truong ban|giám đốc|giam doc|chánh văn phòng|chanh van phong|trưởng phòng|truong phong)(?![\p{L}])/iu;

/** The verbs of the meeting roles a post is claimed of, either spelling. Closed: the role verbs. */
const VI_ROLE_VERB =
  /(?<![\p{L}])(?:chủ trì|chu tri|điều hành|dieu hanh|trình bày|trinh bay|kết luận|ket luan|phát biểu|phat bieu)(?![\p{L}])/iu;

/** "chaired by (one of) the district vice chairmen": the post after "by". */
const EN_BY_POST =
  /\bby\s+(?:one\s+of\s+)?(?:the\s+|a\s+|an\s+|its\s+)?((?:[\p{L}'’-]+\s+){0,6}?[\p{L}'’-]+)\s*\??\s*$/iu;

/** English plurals of posts, as the singular the title table reads. */
const SINGULAR: readonly [RegExp, string][] = [
  [/\bchairmen\b/giu, 'chairman'],
  [/\bchairwomen\b/giu, 'chairwoman'],
  [/\bsecretaries\b/giu, 'secretary'],
  [/\bdirectors\b/giu, 'director'],
];

/** Most words of a post between its head and the role verb ("Phó Chủ tịch UBND huyện Hồng Dân"). */
const MAX_POST_WORDS = 7;

/** A post claimed of a role's holder: its title, and where the question writes it. */
export interface ClaimedPost {
  title: string;
  start: number;
  end: number;
}

/**
 * The post a yes/no question claims the holder of its asked role holds, with no person named, or
 * null: Vietnamese from a post's head to the role verb after it, English after "by".
 */
export function claimedRolePost(q: ParsedQuestion): ClaimedPost | null {
  if (!q.target.yesNo || q.target.role === null) return null;
  if (q.lang === 'en') {
    const by = EN_BY_POST.exec(q.text);
    if (by?.[1]) {
      const singular = SINGULAR.reduce((t, [re, s]) => t.replace(re, s), by[1]);
      const title = englishTitle(`who is the ${singular}`) ?? englishPostsNamed(`the ${singular}`)[0]?.folded;
      return title ? { title, start: by.index, end: q.text.length } : null;
    }
    // "Is it true that the commune People's Committee chairman chaired …": the post as the subject.
    const post = englishPostsNamed(q.text)[0];
    const at = post ? q.text.indexOf(post.written) : -1;
    return post && at >= 0 ? { title: post.folded, start: at, end: at + post.written.length } : null;
  }
  const head = VI_POST.exec(q.text);
  if (!head) return null;
  const rest = q.text.slice(head.index);
  const verb = VI_ROLE_VERB.exec(rest);
  if (!verb) return null;
  const post = rest
    .slice(0, verb.index)
    .replace(/[,;]\s*$/u, '')
    .trim();
  if (post.split(/\s+/u).length > MAX_POST_WORDS) return null;
  return { title: post, start: head.index, end: head.index + post.length };
}

/**
 * Verify a claimed post of a role's holder: the role is looked up as "who held it" (the post left
 * out: a question describing its person by post looks for that post's holder), and the titles the
 * answering article gives its holders decide. Null when no article names the role's holder with a
 * title (the claim is left to the other checks: silence is never a "no").
 */
export function verifyRolePost(
  reader: IndexReader,
  retrieval: Retrieval,
  q: ParsedQuestion,
  post: ClaimedPost,
  opts: AnswerOptions,
): { answer: DocAnswer; verdict: 'yes' | 'no' } | null {
  const role = q.target.role;
  if (role === null) return null;
  const postWords = new Set(syllables(fold(q.text.slice(post.start, post.end)).toLowerCase()));
  const asked: ParsedQuestion = {
    ...q,
    text: `${q.text.slice(0, post.start)}${q.text.slice(post.end)}`,
    terms: q.terms.filter((t) => !postWords.has(fold(t).toLowerCase())),
    asks: new Set(['who']),
    target: { ...q.target, yesNo: false, target: { kind: 'role', role } },
  };
  const a = selectAnswers(reader, retrieval, asked, opts)[0];
  const persons = new Set((a?.lines ?? []).flatMap((l) => l.persons ?? []).map((p) => fold(p)));
  const titles = (a?.cand.records?.roles ?? [])
    .filter((r) => r.role === role && persons.has(fold(r.person)) && r.title)
    .map((r) => r.title ?? '');
  if (!a || titles.length === 0) return null;
  const verdict = titleVerdict(
    titles,
    post.title,
    q.places.map((p) => p.surface),
  );
  return verdict === 'unknown' ? null : { answer: a, verdict };
}
