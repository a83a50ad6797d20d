/**
 * Near-misses made from articles: a person who never appears at a meeting, asked about by the
 * meeting's headline ("Đồng chí Trần Hữu Khải phát biểu gì tại hội nghị <headline>?", "Did Tran
 * Huu Khai attend the <headline> meeting?"). The person is either invented (a name no article
 * writes) or someone another article names, a known name at the wrong meeting. The right reply is
 * "not found" or "No", never the meeting's speakers or its chair.
 *
 * The oracle: no copy of the article writes the person's full name, nor their given name after a
 * form of address ("đồng chí Khải", "ông Khải"), in any spelling.
 */

import { fold } from '../text/normalize.ts';
import { meetingOf } from './details.ts';
import type { Mutation } from './mutations.ts';
import { foldedVariant } from './variants.ts';

/** One thing asked of a person at a meeting, in the three styles. */
interface StrangerTemplate {
  /** What is asked (the mutation's `from`, after the person's source). */
  name: string;
  formal: (person: string, meeting: string) => string;
  chat: (person: string, meeting: string) => string;
  en: (person: string, meeting: string) => string;
}

/**
 * What questions ask of a person at a meeting. Closed list: a speech, attendance (a yes/no claim)
 * and a report presented.
 */
const TEMPLATES: readonly StrangerTemplate[] = [
  {
    name: 'said',
    formal: (p, m) => `Đồng chí ${p} phát biểu những gì tại ${m}?`,
    chat: (p, m) => `dc ${p} phat bieu gi tai ${m}`,
    en: (p, m) => `What did ${p} say at the ${m} meeting?`,
  },
  {
    name: 'attended',
    formal: (p, m) => `Đồng chí ${p} có dự ${m} không?`,
    chat: (p, m) => `dc ${p} co du ${m} ko`,
    en: (p, m) => `Did ${p} attend the ${m} meeting?`,
  },
  {
    name: 'presented',
    formal: (p, m) => `Đồng chí ${p} trình bày báo cáo gì tại ${m}?`,
    chat: (p, m) => `dc ${p} trinh bay bao cao gi tai ${m}`,
    en: (p, m) => `What report did ${p} present at the ${m} meeting?`,
  },
];

/** Invented names: common family and middle names with given names tried in order until unwritten. */
const FAMILY = ['Trần', 'Lê', 'Phạm', 'Vũ', 'Đỗ', 'Bùi'] as const;
const MIDDLE = ['Hữu', 'Minh', 'Văn', 'Đức', 'Thị', 'Quang'] as const;
const GIVEN = ['Khải', 'Thịnh', 'Quyết', 'Ngân', 'Trọng', 'Hiền', 'Phúc', 'Tâm'] as const;

/** A person as articles introduce them: "đồng chí Lục Văn Khởi", "ông Nguyễn Văn A" (three or four syllables). */
const TITLED_PERSON =
  /(?<!\p{L})(?:đồng chí|Đồng chí|ông|Ông|bà|Bà)\s+((?:\p{Lu}(?:\p{Ll}|\p{M})*\s+){2,3}\p{Lu}(?:\p{Ll}|\p{M})*)(?!\p{L})/gu;

/** Folded words with a space at each end, for whole-word look-ups. */
const words = (s: string): string =>
  ` ${fold(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/** Whether `text` (folded as {@link words}) writes `person` or their given name after a form of address. */
function writesPerson(text: string, person: string): boolean {
  const given = fold(person.split(/\s+/u).at(-1) as string);
  return [words(person), ` dong chi ${given} `, ` ong ${given} `, ` ba ${given} `].some((n) =>
    text.includes(n),
  );
}

/** The people every article names after a form of address, sorted (the known names). */
export function namedPersons(texts: readonly string[]): string[] {
  const out = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(TITLED_PERSON)) out.add((m[1] as string).trim());
  return [...out].sort((a, b) => a.localeCompare(b, 'vi'));
}

/**
 * The stranger near-misses of one article: each template asked of an invented person and of a
 * person another article names, formal, chat and English, and formal and English typed in lower case. `texts` are every article of the corpus
 * (a copy is one writing the same headline); `persons` are {@link namedPersons} of them; `seed`
 * picks the names (the article's position, so neighbouring articles get different ones).
 */
export function strangerQuestions(
  article: { id: string; title: string },
  texts: readonly string[],
  persons: readonly string[],
  seed: number,
): Mutation[] {
  const meeting = meetingOf(article.title);
  if (!meeting) return [];
  const headline = words(article.title);
  const copies = texts.map(words).filter((t) => t.includes(headline));
  if (copies.length === 0) return [];
  const all = texts.map(words);
  const unwrittenHere = (p: string): boolean => !copies.some((t) => writesPerson(t, p));
  const invented = inventedName(seed, (p) => !all.some((t) => writesPerson(t, p)));
  const known = persons.length === 0 ? undefined : rotate(persons, seed).find(unwrittenHere);
  const meetingEn = foldedVariant(article.title.replace(/[\s.…!?]+$/u, '').trim());
  const out: Mutation[] = [];
  for (const [source, person] of [
    ['invented', invented],
    ['known', known],
  ] as const) {
    if (!person) continue;
    const tpl = TEMPLATES[seed % TEMPLATES.length] as StrangerTemplate;
    const from = `${tpl.name} (${source})`;
    const base = { kind: 'stranger' as const, sourceId: article.id, from };
    out.push(
      { ...base, q: tpl.formal(person, meeting), to: 'formal' },
      { ...base, q: tpl.chat(fold(person).toLowerCase(), fold(meeting).toLowerCase()), to: 'chat' },
      { ...base, q: tpl.en(foldedVariant(person), meetingEn), to: 'en' },
      // Typed all in lower case, as in a chat: no capital marks the name.
      { ...base, q: tpl.formal(person, meeting).toLowerCase(), to: 'formal, lower case' },
      { ...base, q: tpl.en(foldedVariant(person), meetingEn).toLowerCase(), to: 'en, lower case' },
    );
  }
  return out;
}

/** The first invented name from `seed` on that `free` accepts. */
function inventedName(seed: number, free: (name: string) => boolean): string | undefined {
  const total = FAMILY.length * MIDDLE.length * GIVEN.length;
  for (let i = 0; i < total; i++) {
    const k = (seed * 7 + i) % total;
    const name = `${FAMILY[k % FAMILY.length]} ${MIDDLE[Math.floor(k / FAMILY.length) % MIDDLE.length]} ${GIVEN[Math.floor(k / (FAMILY.length * MIDDLE.length))]}`;
    if (free(name)) return name;
  }
  return undefined;
}

/** `items` starting at `seed` (mod length), wrapping round. */
const rotate = <T>(items: readonly T[], seed: number): T[] => {
  const at = seed % items.length;
  return [...items.slice(at), ...items.slice(0, at)];
};
