/**
 * The post an English who-question names ("Who is the Party secretary of Cho Don district?",
 * "Which vice-chairman of the Kon Tum provincial People's Committee attended …"), rendered as the
 * folded Vietnamese title the articles write ("bi thu huyen uy", "pho chu tich ubnd tinh"), so the
 * answer can be checked against the titles the articles give people.
 *
 * Closed tables: the posts of Party and State bodies (heads), the bodies, and the administrative
 * levels. "Chair" alone is the verb of a meeting role ("Who chaired …"), never a post here.
 */
import { AGENCY_FIELDS, PARTY_DEPARTMENTS_EN } from '../records/vocab.ts';
import { fold } from '../text/normalize.ts';
import { word } from './match.ts';

/** English post heads → folded Vietnamese heads, most specific first. */
const HEADS: readonly { re: RegExp; vi: string }[] = [
  { re: word('standing deputy (?:party )?secretary', 'iu'), vi: 'pho bi thu thuong truc' },
  { re: word('(?:deputy|vice) (?:party )?secretary', 'iu'), vi: 'pho bi thu' },
  { re: word('(?:party )?secretary', 'iu'), vi: 'bi thu' },
  { re: word('(?:vice|deputy)[- ]?chair(?:man|woman|person)?', 'iu'), vi: 'pho chu tich' },
  { re: word('chair(?:man|woman|person)', 'iu'), vi: 'chu tich' },
  { re: word('standing deputy head', 'iu'), vi: 'pho truong ban thuong truc' },
  { re: word('deputy head', 'iu'), vi: 'pho truong ban' },
  // "the head of the Propaganda Commission", "who headed …": a department's head (its name below).
  { re: word('head(?:s|ed)?', 'iu'), vi: 'truong ban' },
  { re: word('director', 'iu'), vi: 'giam doc' },
  { re: word('chief of (?:the )?office', 'iu'), vi: 'chanh van phong' },
];

/**
 * What may come before the post of the person asked about: the question word (after any opening
 * clause, "According to the latest report who is …"), a copula, an article; or the act that gave
 * it, asked of its body ("Whom did the district People's Council elect as chairman …").
 */
const ASKED_BEFORE_TITLE =
  /(?:^|\s)(?:who|which)(?:\s+(?:is|was|are|were|has been))?(?:\s+(?:approved\s+for\s+appointment|appointed|elected|named|chosen|selected|designated)(?:\s+as)?)?(?:\s+(?:the|a|an|current|new)){0,2}\s*$|(?:^|\s)(?:who|whom)\s+did\s+(?:[\p{L}'’-]+\s+){0,8}?(?:elect|appoint|name|choose|select|designate)(?:\s+as)?(?:\s+(?:the|a|an|new)){0,2}\s*$/iu;

/** Departments of a Party committee: a department's head ("trưởng ban") is named with it. */
const PARTY_DEPARTMENTS = PARTY_DEPARTMENTS_EN.map((d) => ({ re: word(d.en, 'iu'), vi: d.vi }));

/** Bodies of State: the level follows the body ("UBND huyện"). */
/**
 * A district's or city's specialised office by its field ("the Natural Resources and Environment
 * Division" = "Phòng Tài nguyên và Môi trường"): its head is a "Trưởng phòng". The fields are the
 * departments' (records/vocab.ts `AGENCY_FIELDS`).
 */
const OFFICES: readonly { re: RegExp; vi: string }[] = AGENCY_FIELDS.map((f) => ({
  re: word(`(?:${f.en.join('|')}) (?:division|office)`, 'iu'),
  vi: `phong ${fold(f.vi[0] ?? '').toLowerCase()}`,
}));

const STATE_BODIES: readonly { re: RegExp; vi: string }[] = [
  { re: word("people[’']?s committee", 'iu'), vi: 'ubnd' },
  { re: word("people[’']?s council", 'iu'), vi: 'hdnd' },
];

/** Levels: the State body's level word, and the Party committee of that level. */
const LEVELS: readonly { re: RegExp; state: string; party: string }[] = [
  { re: word('provincial|province', 'iu'), state: 'tinh', party: 'tinh uy' },
  { re: word('district', 'iu'), state: 'huyen', party: 'huyen uy' },
  { re: word('town', 'iu'), state: 'thi xa', party: 'thi uy' },
  { re: word('city', 'iu'), state: 'thanh pho', party: 'thanh uy' },
  { re: word('ward', 'iu'), state: 'phuong', party: 'dang uy phuong' },
  { re: word('commune', 'iu'), state: 'xa', party: 'dang uy xa' },
];

/**
 * The level of the post named at `at`: the first level word after it ("Party Secretary of Tran Lam
 * ward by the Thai Binh City Party Standing Committee" is the ward's), else any the text writes.
 */
function levelOfPost(text: string, at: number): (typeof LEVELS)[number] | undefined {
  const after = text.slice(at);
  let best: { l: (typeof LEVELS)[number]; i: number } | null = null;
  for (const l of LEVELS) {
    const i = after.search(l.re);
    if (i >= 0 && (!best || i < best.i)) best = { l, i };
  }
  return best?.l ?? LEVELS.find((l) => l.re.test(text));
}

/** The post as the English question writes it ("Party secretary"), for saying it is not found. */
export function englishTitleWritten(text: string): string | null {
  for (const h of HEADS) {
    const m = h.re.exec(text);
    if (m) return m[0];
  }
  return null;
}

/**
 * The folded Vietnamese title an English question names, or null when it names no post. A Party
 * secretary's body is the Party committee of the question's level ("of X district" → "huyện ủy");
 * a chairman's is the People's Committee or Council it names, with its level.
 */
export function englishTitle(text: string): string | null {
  const head = HEADS.find((h) => h.re.test(text));
  if (!head) return null;
  // Only the post of the person asked about ("Who is the Party secretary …", "Which vice-chairman
  // … attended"): a post named further on ("Which meetings did the Party secretary of X chair?")
  // picks the meetings, it is not a title the answer's people must hold.
  const at = head.re.exec(text)?.index ?? 0;
  // "Which district Party Secretary …": a level word may stand before the post; it is the post's.
  const before = LEVEL_BEFORE_POST.exec(text.slice(0, at));
  if (!ASKED_BEFORE_TITLE.test(before ? text.slice(0, before.index) : text.slice(0, at))) return null;
  const level = (before ? LEVEL_OF(before[1] ?? '') : undefined) ?? levelOfPost(text, at);
  // A Party secretary's body is a Party committee, whatever State body the question names.
  if (head.vi.includes('bi thu') && level) return `${head.vi} ${level.party}`;
  const state = STATE_BODIES.find((b) => b.re.test(text));
  if (state) return `${head.vi} ${state.vi}${level ? ` ${level.state}` : ''}`;
  const office = head.vi.endsWith('truong ban') ? OFFICES.find((o) => o.re.test(text)) : undefined;
  if (office) return `${head.vi.replace(/ban$/u, '')}${office.vi}`;
  if (head.vi.endsWith('truong ban')) {
    // A head names their department, or nothing: "head" alone is no post to check.
    const dept = PARTY_DEPARTMENTS.find((d) => d.re.test(text));
    if (!dept) return head.vi === 'truong ban' ? null : head.vi;
    // The inspection commission's head is its chairman ("Chủ nhiệm Ủy ban Kiểm tra").
    const post = dept.vi.startsWith('uy ban')
      ? `${head.vi.replace('truong ban', 'chu nhiem')} ${dept.vi}`
      : `${head.vi.replace(/ban$/u, '')}${dept.vi}`;
    return `${post}${level ? ` ${level.party}` : ''}`;
  }
  return head.vi;
}

/** A level word as English writes it before a body or post, and that level's Party committee and State level. */
const LEVEL_OF = (w: string) => LEVELS.find((l) => l.re.test(w));
/** A level word closing the text before a post ("Which district ⟨Party Secretary⟩"). */
const LEVEL_BEFORE_POST = /\s+(provincial|province|district|town|city|ward|commune)\s*$/iu;
const LEVEL_WORD = '(provincial|province|district|town|city|ward|commune)';
const VICE = '((?:deputy|vice)[- ]?)?';
const CHAIR = 'chair(?:man|woman|person)';
/**
 * A few words of a place's name between "of the" and its level ("of the Binh Thuan provincial"),
 * capitalised or not: a question typed in lower case writes "of the nga nam town people's council".
 */
const NAME_WORDS = "(?:[\\p{L}'’-]+\\s+){0,4}";

/**
 * "the head of the Ninh Binh provincial Party Mass Mobilisation Commission", "deputy head of the
 * district Propaganda Department": a Party department's head, with the committee of its level.
 */
const DEPARTMENT_HEAD = new RegExp(
  `\\b((?:deputy|vice)[- ]?)?head\\s+of\\s+the\\s+${NAME_WORDS}${LEVEL_WORD}\\s+(?:[Pp]arty\\s+)?(${PARTY_DEPARTMENTS_EN.map((d) => d.en).join('|')})`,
  'iu',
);

/**
 * English posts written with their level anywhere in a question: "the provincial party secretary",
 * "district People's Committee chairman", "vice-chairman of the Kon Tum provincial People's
 * Committee", "secretary of the Dong Van district Party Committee". Unlike {@link englishTitle}, not
 * only the person asked about. Each as the folded Vietnamese title and as written.
 */
const POST_PATTERNS: readonly { re: RegExp; title: (m: RegExpExecArray) => string | null }[] = [
  {
    re: new RegExp(`\\b${LEVEL_WORD}\\s+(?:party\\s+)?${VICE}secretary\\b`, 'iu'),
    title: (m) => party(m[2], m[1]),
  },
  {
    re: new RegExp(
      `\\b${VICE}secretary\\s+of\\s+the\\s+${NAME_WORDS}${LEVEL_WORD}\\s+[Pp]arty\\s+[Cc]ommittee\\b`,
      'u',
    ),
    title: (m) => party(m[1], m[2]),
  },
  {
    re: new RegExp(`\\b${LEVEL_WORD}\\s+people[’']?s\\s+(committee|council)\\s+${VICE}${CHAIR}\\b`, 'iu'),
    title: (m) => state(m[3], m[2], m[1]),
  },
  {
    re: new RegExp(
      `\\b${VICE}${CHAIR}\\s+of\\s+the\\s+${NAME_WORDS}${LEVEL_WORD}\\s+[Pp]eople[’']?s\\s+([Cc]ommittee|[Cc]ouncil)\\b`,
      'u',
    ),
    title: (m) => state(m[1], m[3], m[2]),
  },
  { re: DEPARTMENT_HEAD, title: (m) => departmentHead(m) },
];

function departmentHead(m: RegExpExecArray): string | null {
  const l = LEVEL_OF(m[2] ?? '');
  const dept = PARTY_DEPARTMENTS_EN.find((d) => new RegExp(`^(?:${d.en})$`, 'iu').test(m[3] ?? ''));
  if (!l || !dept) return null;
  const head = m[1] ? 'pho truong ban' : 'truong ban';
  // The inspection commission's head is its chairman ("Chủ nhiệm Ủy ban Kiểm tra").
  const post = dept.vi.startsWith('uy ban')
    ? `${head.replace('truong ban', 'chu nhiem')} ${dept.vi}`
    : `${head.replace(/ban$/u, '')}${dept.vi}`;
  return `${post} ${l.party}`;
}

function party(vice: string | undefined, level: string | undefined): string | null {
  const l = LEVEL_OF(level ?? '');
  return l ? `${vice ? 'pho ' : ''}bi thu ${l.party}` : null;
}

function state(vice: string | undefined, body: string | undefined, level: string | undefined): string | null {
  const l = LEVEL_OF(level ?? '');
  const b = /council/iu.test(body ?? '') ? 'hdnd' : 'ubnd';
  return l ? `${vice ? 'pho ' : ''}chu tich ${b} ${l.state}` : null;
}

/** See {@link POST_PATTERNS}: the posts an English question writes with their level. */
export function englishPostsNamed(text: string): { folded: string; written: string }[] {
  const out: { folded: string; written: string }[] = [];
  for (const { re, title } of POST_PATTERNS) {
    const m = re.exec(text);
    const folded = m ? title(m) : null;
    if (m && folded && !out.some((o) => o.folded === folded)) out.push({ folded, written: m[0] });
  }
  return out;
}
