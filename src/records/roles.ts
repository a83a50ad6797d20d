/**
 * Roles at the meeting: who chaired, co-chaired, led a delegation, presented the report,
 * concluded, directed, spoke or attended. A role is read from the verb after a person or a list
 * of people ("đồng chí X, <title> chủ trì hội nghị") or from the phrase before them ("Dự hội nghị
 * có các đồng chí: A, …; B, …", "Kết luận hội nghị, đồng chí X …"), with the vocabularies of
 * `vocab.ts`. People are also found written after their title ("Bí thư Huyện ủy Nguyễn Văn A"),
 * referred to by title alone ("đồng chí Bí thư Tỉnh ủy đề nghị") or by "đồng chí" alone.
 */

import { readNameAt, readPeopleAt } from '../ingest/names.ts';
import type { Chair } from '../ingest/types.ts';
import type { Span } from '../text/sentences.ts';
import type { Role, RoleRecord } from './types.ts';
import {
  alternation,
  NOT_WORD_AFTER,
  NOT_WORD_BEFORE,
  ROLE_ADVERBS,
  ROLE_PREFIXES,
  ROLE_VERBS,
  TITLE_BODIES,
  TITLE_HEADS,
  tail,
} from './vocab.ts';

/** A person mention inside one sentence (offsets relative to the sentence). */
interface Mention {
  name: string;
  title: string | null;
  start: number;
  end: number;
}

/** Consecutive mentions read as one list: they share the verb or phrase that gives the role. */
interface Group {
  people: Mention[];
  start: number;
  end: number;
}

const HONORIFIC_AT = /(?<![\p{L}\p{N}])(?:các\s+)?(?:đồng chí|đ\/c|ông|bà)\s*:?\s/giu;
// After "đồng chí" with no name: a title ("đồng chí Bí thư Tỉnh ủy …") or a verb ("đồng chí đề nghị").
const BARE_HONORIFIC = /(?<![\p{L}\p{N}])đồng chí\s+/giu;

const VERB_SOURCE = alternation(Object.keys(ROLE_VERBS));
// A role verb right after a person: optional commas and adverbs, then the verb. Case-sensitive:
// verbs are lower-case, and "giao Ban Tổ chức" (assigned the Organisation Board) is no "giao ban". "dự" is not
// "dự kiến/dự án/dự thảo/dự toán/dự báo"; "giao" is not "giao ban"; "báo cáo" is not "báo cáo viên".
const ROLE_VERB_AFTER = new RegExp(
  `^[ \\t]*,?[ \\t]*(?:(?:${alternation(ROLE_ADVERBS)})[ \\t]+)*(${VERB_SOURCE})${NOT_WORD_AFTER}(?![ \\t]+(?:kiến|án|thảo|toán|báo|ban|viên)${NOT_WORD_AFTER})`,
  'u',
);
const PREFIXES = ROLE_PREFIXES.map((p) => ({
  role: p.role,
  re: new RegExp(`${NOT_WORD_BEFORE}(?:${p.source})$`, 'iu'),
}));
// Directing verbs later in a speaker's sentence ("… ghi nhận …, đồng thời đề nghị …"); lower-case
// only, so the name of a body ("Ban Chỉ đạo") is no verb.
const LATER_DIRECTIVE = new RegExp(
  `${NOT_WORD_BEFORE}(?:đề nghị|dề nghị|yêu cầu|lưu ý|chỉ đạo)${NOT_WORD_AFTER}`,
  'u',
);

// "Bí thư Huyện ủy Tăng Thị Kim Thoa": a post, optionally its body, then a name of three or more
// syllables (two-syllable runs after a body are place names: "Bí thư Thị ủy Vĩnh Châu").
const TITLE_BEFORE_NAME = new RegExp(
  `${NOT_WORD_BEFORE}(?:${alternation(TITLE_HEADS)})(?:\\s+(?:Thường trực|thường trực))?(?:\\s+(?:${alternation(TITLE_BODIES)}))?\\s+(?=\\p{Lu})`,
  'gu',
);
const MIN_SYLLABLES_AFTER_TITLE = 3;

function verbRole(after: string): Role | null {
  const m = ROLE_VERB_AFTER.exec(after);
  if (!m) return null;
  const key = Object.keys(ROLE_VERBS).find(
    (k) => k.toLowerCase() === m[1]!.toLowerCase().replace(/\s+/g, ' '),
  );
  return key ? ROLE_VERBS[key]! : null;
}

function prefixRole(before: string): Role | null {
  for (const p of PREFIXES) if (p.re.test(before)) return p.role;
  return null;
}

/** Known people of the article, for titles missing at a mention and for "đồng chí <title>". */
interface Person {
  name: string;
  title: string | null;
}

/** Every honorific mention of the body, in order: the article's cast. */
function castOf(body: string): Person[] {
  const cast: Person[] = [];
  for (const h of body.matchAll(HONORIFIC_AT)) {
    for (const p of readPeopleAt(body, h.index)) {
      const known = cast.find((c) => c.name === p.name);
      if (!known) cast.push({ name: p.name, title: p.title });
      else if (!known.title && p.title) known.title = p.title;
    }
  }
  return cast;
}

/**
 * The article's people named after an honorific ("đồng chí", "ông", "bà"), each with the first
 * title the article gives them: also those no role verb names ("đồng chí X, Chủ tịch UBND huyện
 * trao Huy hiệu …").
 */
export function articleCast(body: string): readonly { name: string; title: string | null }[] {
  return castOf(body);
}

/** The person a bare title designates ("Bí thư Tỉnh ủy" → the one person whose title has that part). */
function byTitle(cast: readonly Person[], s: string, at: number): { person: Person; length: number } | null {
  let best: { person: Person; length: number } | null = null;
  let ambiguous = false;
  for (const person of cast) {
    for (const part of person.title?.split(/\s*,\s*/u) ?? []) {
      if (part.length < 4 || s.slice(at, at + part.length).toLowerCase() !== part.toLowerCase()) continue;
      if (/[\p{L}\p{N}]/u.test(s[at + part.length] ?? '')) continue;
      if (best && best.person.name !== person.name && best.length === part.length) ambiguous = true;
      if (!best || part.length > best.length) {
        best = { person, length: part.length };
        ambiguous = false;
      }
    }
  }
  return best && !ambiguous ? best : null;
}

// A title in brackets after a name: "đồng chí Nguyễn Văn A (Bí thư Huyện ủy) chủ trì".
const BRACKET_TITLE = /^[ \t]*\((\p{Lu}[^()]{1,120})\)/u;

/** Take a bracketed title after the group's last person into that person and the group. */
function withBracketTitle(s: string, g: Group): Group {
  const m = BRACKET_TITLE.exec(s.slice(g.end));
  const last = g.people[g.people.length - 1];
  if (!m || !last) return g;
  const end = g.end + m[0].length;
  const people = [...g.people.slice(0, -1), { ...last, title: last.title ?? m[1]!.trim(), end }];
  return { people, start: g.start, end };
}

/** Mentions in one sentence, grouped into lists. `speaker` is the last person who spoke before it. */
function groupsOf(s: string, cast: readonly Person[], speaker: Person | null): Group[] {
  const groups: Group[] = [];
  const taken = (i: number) => groups.some((g) => i >= g.start && i < g.end);
  for (const h of s.matchAll(HONORIFIC_AT)) {
    if (taken(h.index)) continue;
    const people = readPeopleAt(s, h.index);
    if (people.length > 0) {
      groups.push(
        withBracketTitle(s, { people, start: people[0]!.start, end: people[people.length - 1]!.end }),
      );
    }
  }
  for (const m of s.matchAll(TITLE_BEFORE_NAME)) {
    if (taken(m.index)) continue;
    const at = m.index + m[0].length;
    const name = readNameAt(s, at, MIN_SYLLABLES_AFTER_TITLE);
    if (!name) continue;
    const title = m[0].trim();
    groups.push({
      people: [{ name: name.name, title, start: m.index, end: name.end }],
      start: m.index,
      end: name.end,
    });
  }
  for (const m of s.matchAll(BARE_HONORIFIC)) {
    if (taken(m.index)) continue;
    const at = m.index + m[0].length;
    if (/^\p{Lu}/u.test(s.slice(at))) {
      const hit = byTitle(cast, s, at);
      if (hit) {
        const end = at + hit.length;
        groups.push({ people: [{ ...hit.person, start: m.index, end }], start: m.index, end });
      }
    } else if (speaker && verbRole(s.slice(at - 1))) {
      // "Đồng chí đề nghị …": the pronoun use, the person who was speaking.
      groups.push({ people: [{ ...speaker, start: m.index, end: at - 1 }], start: m.index, end: at - 1 });
    }
  }
  return groups.sort((a, b) => a.start - b.start);
}

// Between two people who share the verb after the second: "do đồng chí A, <title> cùng đồng chí B
// - <title> chủ trì". The list reader stops at "cùng" before "đồng chí", so the groups are joined here.
const SHARED_VERB_JOIN = /^[ \t]*,?[ \t]*(?:cùng(?:[ \t]+với)?|và)[ \t]+$/u;

/** The role verb after group `i`, or after the groups joined to it by "cùng"/"và" that follow it. */
function verbRoleOf(s: string, groups: readonly Group[], i: number): Role | null {
  for (let j = i; j < groups.length; j++) {
    const g = groups[j]!;
    const next = groups[j + 1];
    if (!next || !SHARED_VERB_JOIN.test(s.slice(g.end, next.start))) return verbRole(s.slice(g.end));
  }
  return null;
}

/** The longest role prefix ("Sau khi nghe …, ") spans at most this many characters. */
const PREFIX_CHARS = 200;

const SPEAKING: ReadonlySet<Role> = new Set([
  'concluder',
  'director',
  'speaker',
  'chair',
  'cochair',
  'leader',
]);

/**
 * Every role statement of the body, in order, one record per (role, person, sentence): what
 * sentence classification needs. {@link extractRoles} keeps the first of each (role, person).
 */
export function findRoleHits(body: string, sentences: readonly Span[]): RoleRecord[] {
  const cast = castOf(body);
  const out: RoleRecord[] = [];
  let speaker: Person | null = null;
  const add = (role: Role, p: Mention, span: Span) => {
    if (out.some((r) => r.role === role && r.person === p.name && r.span.start === span.start)) return;
    const title = p.title ?? cast.find((c) => c.name === p.name)?.title ?? null;
    out.push({ role, person: p.name, title, inferred: false, span });
  };
  for (const span of sentences) {
    const s = body.slice(span.start, span.end);
    const groups = groupsOf(s, cast, speaker);
    groups.forEach((g, i) => {
      const roles = new Set<Role>();
      const before = prefixRole(tail(s.slice(0, g.start), PREFIX_CHARS));
      const after = verbRoleOf(s, groups, i);
      if (before) roles.add(before);
      if (after) roles.add(after);
      // A speaker who goes on to direct in the same sentence, before anyone else is named.
      const next = groups[i + 1]?.start ?? s.length;
      const speaks = [...roles].some((r) => SPEAKING.has(r));
      if (speaks && LATER_DIRECTIVE.test(s.slice(g.end, next))) roles.add('director');
      for (const role of roles) for (const p of g.people) add(role, p, span);
      const last = g.people[g.people.length - 1];
      if (last && speaks) speaker = { name: last.name, title: last.title };
    });
  }
  return out;
}

/**
 * Roles stated in the body, one record per (role, person), at the first sentence stating it.
 * When no sentence says who chaired, the parser's chairs (`facts.chairs`, inferred from who
 * concluded or directed), else the first concluding or directing official, become chair records
 * marked `inferred`.
 */
export function extractRoles(
  body: string,
  sentences: readonly Span[],
  chairs: readonly Chair[],
  hits: readonly RoleRecord[] = findRoleHits(body, sentences),
): RoleRecord[] {
  const out: RoleRecord[] = [];
  for (const h of hits) if (!out.some((r) => r.role === h.role && r.person === h.person)) out.push(h);
  if (!out.some((r) => r.role === 'chair' || r.role === 'cochair' || r.role === 'leader')) {
    // Without the parser's chairs, the official who concluded, else who directed, presided.
    const presiding = out.find((r) => r.role === 'concluder') ?? out.find((r) => r.role === 'director');
    const inferred: Chair[] =
      chairs.length > 0 ? [...chairs] : presiding ? [{ name: presiding.person, title: presiding.title }] : [];
    for (const c of inferred) {
      const stated = out.find((r) => r.person === c.name);
      const span = stated?.span ?? sentences.find((sp) => body.slice(sp.start, sp.end).includes(c.name));
      if (span) out.push({ role: 'chair', person: c.name, title: c.title, inferred: true, span });
    }
  }
  return out;
}
