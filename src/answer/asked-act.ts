/**
 * "Who did X?" where X is no role the vocabulary names: "Ai điều hành phần thảo luận?", "Người đọc
 * diễn văn khai mạc là ai?", "Who moderated the discussion?". The answer is the person the article
 * writes doing X: a role record's person whose name, followed by nothing but their title, opens a
 * clause that goes on with X's verb ("đồng chí Hà Thị Lý, Phó Bí thư Thường trực Huyện ủy điều hành
 * phần thảo luận"). Any verb works, so a new act needs no new list entry; an English question's verb
 * goes through the closed table `ACT_VERBS_EN` (query/who-asked.ts).
 *
 * Without such a sentence the question's act is not the chair's, so the caller may not answer the
 * chair in its place unless the question asked for the chair.
 */
import { VI_STOP } from '../query/lexicon.ts';
import type { ParsedQuestion } from '../query/parse.ts';
import { ACT_VERBS_EN, englishActVerb } from '../query/who-asked.ts';
import type { RoleRecord } from '../records/types.ts';
import { MEETING_NOUNS, ORG_KINDS, PLACE_LEVELS, ROLE_ADVERBS } from '../records/vocab.ts';
import { fold, syllables } from '../text/normalize.ts';

/**
 * Phrases an act never runs into: the meeting, its body, its place level and kind, function words
 * (folded syllables, matched whole at the act's next word).
 */
const ACT_STOP: readonly string[] = [
  ...VI_STOP,
  ...MEETING_NOUNS,
  ...ORG_KINDS,
  ...PLACE_LEVELS,
  'tổng kết',
  'sơ kết',
  'giao ban',
  'hn',
  // A claim's yes/no tail ("… X trả lời, đúng không?").
  'đúng không',
  'đúng ko',
  'đúng k',
  'đúng chưa',
  'phải không',
]
  .map((w) => w.toLowerCase())
  .filter((w) => w.trim().length > 0);
/** {@link ACT_STOP} in each form a question may take: as written (diacritics) or folded. */
const ACT_STOP_FORMS = {
  plain: ACT_STOP.map((w) => syllables(w)),
  folded: ACT_STOP.map((w) => syllables(fold(w))),
};
const stopsAt = (words: readonly string[], i: number, folded: boolean) =>
  ACT_STOP_FORMS[folded ? 'folded' : 'plain'].some((p) => p.every((w, j) => words[i + j] === w));
// Words that introduce the asker's person ("người", "đồng chí nào") before the act.
const ASKER_HEADS = new Set(['nguoi', 'vi', 'dong', 'chi', 'nao', 'la']);
const DIGIT = /\p{N}/u;
const TITLE_GAP = /^[\s,]*$/u;
/** Words of a clause that may stand between a person's title and their act. */
const ADVERBS = [...ROLE_ADVERBS, ...ROLE_ADVERBS.map((a) => fold(a))];

/** Auxiliaries and motion verbs a question puts before the act ("đã", "sẽ", "lên"), folded. Closed. */
const ACT_AUXILIARIES: ReadonlySet<string> = new Set(['da', 'se', 'len', 'vua', 'duoc']);
/** "ai là người trả lời …": the copula and its noun before the act (not "là" alone: "là Bí thư" is a post). */
const COPULA_PERSON = ['la', 'nguoi'];
/** Verbs that give a person a task, folded syllables ("giao", "phân công", "cử"). Closed class. */
const ASSIGNING_VERBS: readonly (readonly string[])[] = [['giao'], ['phan', 'cong'], ['cu'], ['chi', 'dinh']];
/** Words joining two acts asked together ("trả lời chất vấn hoặc giải trình"), folded. Closed. */
const ACT_JOINS: ReadonlySet<string> = new Set(['hoac', 'hay', 'va', 'or', 'and']);

/** The act a who-question asks about, in the question's form (with diacritics or folded). */
export interface AskedAct {
  /** Its syllables, lower case ("điều hành phần thảo luận", or "dieu hanh …" typed bare). */
  words: string[];
  /** Whether `words` are folded (the question was typed without diacritics). */
  folded: boolean;
  /**
   * The question's other words (same form), which break ties between two people doing the act: "ai
   * trả lời chất vấn về rác thải" is the one whose clause also writes "rác thải".
   */
  context?: readonly string[];
}

/**
 * The act a who-question asks about ("Ai điều hành phần thảo luận …" → điều hành phần thảo luận);
 * null when the question asks no act of its own (no verb after "ai", or one of a single syllable).
 */
export function askedAct(q: ParsedQuestion): AskedAct | null {
  if (q.lang === 'en') {
    const vi = ACT_VERBS_EN[englishActVerb(q.text) ?? ''];
    if (!vi) return null;
    const words = syllables(vi);
    return { words, folded: false, context: q.terms.filter((t) => !words.includes(t)) };
  }
  const form = (t: string) => (q.folded ? fold(t) : t).toLowerCase();
  const places = new Set(q.places.flatMap((p) => syllables(form(p.surface))));
  const words = syllables(form(q.text));
  const at = words.findIndex((w, i) => w === 'ai' || (fold(w) === 'nao' && i > 0));
  if (at < 0) return null;
  // "giao ai theo dõi …", "phân công ai phụ trách …": "ai" is the object of a task-giving verb, so
  // the person asked is the one the article writes given the task ("… được giao trực tiếp theo dõi").
  const giver = ASSIGNING_VERBS.find((v) => v.every((w, j) => fold(words[at - v.length + j] ?? '') === w));
  if (giver) {
    const verb = words.slice(at - giver.length, at);
    return { words: verb, folded: q.folded, context: words.filter((w, i) => i > at && !places.has(w)) };
  }
  // "ai X …" reads forwards; "(người) X … là ai" reads the words before "ai".
  let from = at + 1;
  if (at === words.length - 1) {
    from = 0;
    while (from < at && ASKER_HEADS.has(fold(words[from] ?? ''))) from++;
  }
  // Auxiliaries before the act ("ai đã trả lời …", "ai lên giải trình …") are no part of it.
  while (from < words.length && ACT_AUXILIARIES.has(fold(words[from] ?? ''))) from++;
  if (COPULA_PERSON.every((w, k) => fold(words[from + k] ?? '') === w)) from += COPULA_PERSON.length;
  const act: string[] = [];
  for (let i = from; i < words.length; i++) {
    const w = words[i] ?? '';
    // "… hoặc giải trình": a second act joined to the first is asked as well.
    const joins = ACT_JOINS.has(fold(w)) && act.length >= 2 && i + 1 < words.length;
    if (!joins && (stopsAt(words, i, q.folded) || places.has(w) || DIGIT.test(w) || w === 'ai')) break;
    act.push(w);
  }
  if (act.length < 2) return null;
  const own = new Set(act);
  const context = words.filter((w, i) => !own.has(w) && !places.has(w) && !stopsAt(words, i, q.folded));
  return { words: act, folded: q.folded, context };
}

/** The person whose clause writes the act, and where; null when no clause of the article does. */
export interface Actor {
  record: RoleRecord;
  /** The act as the article writes it (its first syllables, as many as the question's act has). */
  written: string;
}

/**
 * The role record whose person the article writes doing `act`: in the person's sentence (`text` at
 * the record's span), the name, then nothing but the person's title, adverbs and commas, then the
 * act's first two syllables. The record whose clause also carries more of the act's other words wins.
 */
export function actorOf(
  asked: AskedAct,
  roles: readonly RoleRecord[],
  sentenceOf: (r: RoleRecord) => string,
): Actor | null {
  return actorsOf(asked, roles, sentenceOf)[0] ?? null;
}

/**
 * Every person the article writes doing the act (or one of the acts joined by "hoặc"/"và": "trả
 * lời chất vấn hoặc giải trình"), one per person, the best-matching clause first: who a list
 * question ("những ai …") asks for.
 */
export function actorsOf(
  asked: AskedAct,
  roles: readonly RoleRecord[],
  sentenceOf: (r: RoleRecord) => string,
): Actor[] {
  // The acts between the joins ("trả lời chất vấn" | "giải trình trước đại biểu"), each opened by
  // its verb (its first two syllables).
  const segments: string[][] = [[]];
  for (const w of asked.words) {
    if (ACT_JOINS.has(fold(w))) segments.push([]);
    else segments[segments.length - 1]!.push(w);
  }
  const found = new Map<string, { actor: Actor; score: number }>();
  for (const segment of segments.filter((g) => g.length > 0))
    actorOfVerb(asked, segment, roles, sentenceOf, found);
  return [...found.values()].sort((a, b) => b.score - a.score).map((x) => x.actor);
}

/** The people whose clause opens with the act's verb, each at its best-scoring clause, merged into `found`. */
function actorOfVerb(
  asked: AskedAct,
  /** One act of the question, its verb first. */
  segment: readonly string[],
  roles: readonly RoleRecord[],
  sentenceOf: (r: RoleRecord) => string,
  found: Map<string, { actor: Actor; score: number }>,
): void {
  const verb = segment.slice(0, 2);
  const form = (t: string) => (asked.folded ? fold(t) : t).toLowerCase();
  // Those named before another person with "; đồng chí …" or "và đồng chí …" after their title: one
  // of a coordinated subject, who did the act if the last of them did.
  const coordinated: { r: RoleRecord; sentence: string; at: number }[] = [];
  const acting: { sentence: string; at: number; score: number; written: string }[] = [];
  for (const r of roles) {
    const sentence = sentenceOf(r);
    const low = form(sentence);
    const name = form(r.person);
    for (let i = low.indexOf(name); i >= 0; i = low.indexOf(name, i + 1)) {
      let rest = low.slice(i + name.length);
      // The record's title, or its first posts: the lead names every post ("Phó Chủ tịch Thường
      // trực UBND tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo"), a later clause the first alone.
      for (const title of r.title ? titleHeads(form(r.title)) : []) {
        const t = rest.indexOf(title);
        if (t >= 0 && TITLE_GAP.test(rest.slice(0, t))) {
          rest = rest.slice(t + title.length);
          break;
        }
      }
      const words = syllables(rest.split(/[;.]/u)[0] ?? '');
      let k = 0;
      // The auxiliaries a question drops before its act ("ai được giao …") may stand in the
      // article's clause too ("đồng chí X, Phó Chủ tịch UBND tỉnh được giao trực tiếp theo dõi").
      while (
        k < words.length &&
        (ADVERBS.includes(words[k] ?? '') || ACT_AUXILIARIES.has(fold(words[k] ?? '')))
      )
        k++;
      // Only adverbs between the title and the verb: any other word is another clause's subject.
      // Or the act's phrase opens the clause and names the person after a comma ("Trả lời chất vấn
      // về xử lý rác thải, đồng chí X, … cho biết").
      const fronted = frontedAct(low.slice(0, i), verb);
      if (!fronted && !verb.every((v, j) => words[k + j] === v)) {
        if (COORDINATED_NEXT.test(rest)) coordinated.push({ r, sentence, at: i });
        continue;
      }
      // "Phần thảo luận do đồng chí X, … điều hành": the act's object stands before the agent.
      const clause = fronted ?? [...words.slice(k), ...(passiveObject(low.slice(0, i)) ?? [])];
      const score = clauseScore(asked, new Set(clause));
      const known = found.get(r.person);
      if (known && known.score >= score) continue;
      // As written: the sentence's own syllables at the act's place (opening the clause, when fronted).
      const at = fronted
        ? (sentence.slice(0, i).split(/[;.]/u).pop() ?? '')
        : sentence.slice(sentence.length - rest.length);
      const from = fronted ? 0 : k;
      const written = at
        .trim()
        .split(/\s+/u)
        .slice(from, from + segment.length)
        .join(' ')
        .replace(/[,;.]+$/u, '');
      found.set(r.person, { actor: { record: r, written }, score });
      acting.push({ sentence, at: i, score, written });
    }
  }
  for (const c of coordinated) {
    const last = acting.find((a) => a.sentence === c.sentence && a.at > c.at);
    const known = found.get(c.r.person);
    if (last && (!known || known.score < last.score))
      found.set(c.r.person, { actor: { record: c.r, written: last.written }, score: last.score });
  }
}

/** A title and its shorter heads at each comma, longest first ("a, b, c" → "a, b, c", "a, b", "a"). */
function titleHeads(title: string): string[] {
  const posts = title.split(',');
  return posts
    .map((_, i) =>
      posts
        .slice(0, posts.length - i)
        .join(',')
        .trim(),
    )
    .filter(Boolean);
}

/**
 * What follows a person's title when another person of the same subject comes next ("; đồng chí
 * …", "và đồng chí …"), lower case, either spelling. Closed: the person markers of reports.
 */
const COORDINATED_NEXT = /^[\s,]*(?:;|và|va)\s+(?:đồng chí|dong chi|ông|ong|bà|ba)\s/u;

/**
 * How well a clause writes the asked act: one per act word it writes; the question's other words
 * only break ties (together below one act word).
 */
function clauseScore(asked: AskedAct, clause: ReadonlySet<string>): number {
  const context = asked.context ?? [];
  const carried = context.filter((w) => clause.has(w)).length;
  return asked.words.filter((w) => clause.has(w)).length + carried / (1 + context.length);
}

/**
 * The syllables of the clause before a name when they open with `verb` and end in a comma and an
 * honorific ("Trả lời chất vấn về xử lý rác thải, đồng chí "), else null. `before` is lower case.
 */
function frontedAct(before: string, verb: readonly string[]): string[] | null {
  const clause = before.split(/[;.:]/u).pop() ?? '';
  if (!FRONTED_TAIL.test(clause)) return null;
  const words = syllables(clause);
  return verb.every((v, j) => words[j] === v) ? words : null;
}
/**
 * The syllables of a passive clause's object before its agent ("Phần thảo luận do đồng chí " →
 * phần thảo luận), else null: the person then does the act the clause ends with, on that object.
 * `before` is lower case.
 */
function passiveObject(before: string): string[] | null {
  const clause = (before.split(/[;.:]/u).pop() ?? '').split(',').pop() ?? '';
  const m = PASSIVE_AGENT.exec(clause);
  return m ? syllables(m[1] ?? '') : null;
}
/** An object, then "do" (by) and an optional honorific right before a name, in either spelling. */
const PASSIVE_AGENT = /^\s*(\S.*?)\s+do\s+(?:(?:đồng chí|dong chi|ông|ong|bà|ba)\s*)?$/u;

/** A comma and an honorific right before a name, in either spelling. */
const FRONTED_TAIL = /,\s*(?:đồng chí|dong chi|ông|ong|bà|ba)\s*$/u;

/** The answer line's label for an actor: the act as the article writes it, or the English verb. */
export function actLabel(q: ParsedQuestion, actor: Actor): string {
  const label = q.lang === 'en' ? (englishActVerb(q.text) ?? actor.written) : actor.written;
  return label.charAt(0).toUpperCase() + label.slice(1);
}
