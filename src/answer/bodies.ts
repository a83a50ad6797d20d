/**
 * The branch of government a question pins a meeting to (People's Council, People's Committee,
 * Fatherland Front: `BODY_BRANCHES`), against the body whose meeting an article reports. "Kỳ họp
 * HĐND huyện X" is not answered by the Huyện ủy's review of X, however well its sentences match.
 */

import { findPlaces } from '../place/find.ts';
import { DIRECTING_VERBS_EN } from '../query/directing-verbs.ts';
import { englishBodyNames } from '../query/entities.ts';
import { findGlossaryTerms } from '../query/glossary.ts';
import { ASSIGNED_CUES } from '../query/list-vocab.ts';
import type { QuestionPlace } from '../query/places.ts';
import type { MeetingRecord } from '../records/types.ts';
import {
  BODY_BRANCHES,
  MEETING_BODY_FAMILIES,
  MEETING_KINDS,
  MEETING_NOUNS,
  MEETING_NOUNS_EN,
  PARTY_DEPARTMENTS_EN,
  PROVINCE_BODY_FORMS,
  SECTION_CUES,
} from '../records/vocab.ts';
import { fold } from '../text/normalize.ts';

/** ` a b c ` as words: lower case, punctuation dropped; folded too when `folds` (a question typed without diacritics). */
// An English possessive is its noun ("the Ministry of Health's review", "Farmers' Association"),
// on both sides alike ("People's Council" is read "people council").
const spaced = (s: string, folds: boolean): string =>
  ` ${(folds ? fold(s) : s.toLowerCase())
    .replace(/['’]s(?![\p{L}])|(?<=\p{L})['’](?![\p{L}])/gu, '')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')} `;
const folded = (s: string): string => spaced(s, true);

/**
 * Posts a body can stand inside, folded: "Chủ tịch UBND huyện", "Bí thư Huyện ủy", "the chairman of
 * the X district People's Committee". A body named there names a person's post, not the meeting.
 * `before`: words directly before the body, up to three more words between (Vietnamese order);
 * `of`: English "<post> of", up to five words between (English puts the place between post and body).
 */
const POSTS = {
  /** Posts of a State body (People's Committee, People's Council). */
  state: {
    before: ['chu tich', 'giam doc', 'chairman', 'chairwoman', 'chairperson', 'vice chair'],
    of: ['chairman', 'chairwoman', 'chairperson', 'chair', 'head', 'director'],
  },
  /** Posts of a Party body (its secretary, members, standing office, its boards' heads). */
  party: {
    before: ['bi thu', 'uy vien', 'thuong truc', 'van phong', 'truong ban', 'pho ban', 'secretary', 'member'],
    of: [],
  },
  /**
   * Posts in a department of a Party committee ("Phó Trưởng ban Dân vận Tỉnh ủy", "Văn phòng Tỉnh
   * ủy"): the committee's name there names the department, whereas its secretary ("Bí thư Tỉnh ủy
   * chủ trì") still names the committee's level.
   */
  partyDepartment: {
    before: [
      'truong ban',
      'pho ban',
      'van phong',
      // The department itself ("Ban Tổ chức Tỉnh ủy", "lãnh đạo Ban Dân vận Tỉnh ủy dự họp").
      'ban to chuc',
      'ban tuyen giao',
      'ban dan van',
      'ban noi chinh',
      'ban kinh te',
      'uy ban kiem tra',
    ],
    of: [],
  },
  /** Posts of a body of any family: a State or Party head, a department's head or deputy. */
  any: {
    before: [
      'chu tich',
      'bi thu',
      'truong',
      'pho truong',
      'uy vien',
      'chairman',
      'chairwoman',
      'chairperson',
      'vice chair',
      'secretary',
    ],
    of: ['chairman', 'chairwoman', 'chairperson', 'chair', 'head', 'director', 'secretary'],
  },
} as const;

/**
 * The folded text just before a body ends with one of `posts` (see {@link POSTS}), or with its
 * leaders right before it ("lãnh đạo Huyện ủy chỉ đạo …" at the Front's conference: people of that
 * body, not the body that met; "lãnh đạo, chỉ đạo của Huyện ủy" is the committee's own work).
 */
function postBefore(posts: { before: readonly string[]; of: readonly string[] }, between = 3): RegExp {
  const before = `(?:${posts.before.join('|')})(?: [a-z']+){0,${between}}`;
  const of = posts.of.length > 0 ? `|(?:${posts.of.join('|')}) of(?: [a-z']+){0,5}` : '';
  return new RegExp(`(?:${before}${of}|(?:^| )lanh dao) $`, 'u');
}

// Built once: no flags that keep state, so the patterns are safe to share.
const TITLE_BEFORE = postBefore(POSTS.state);

/** The branches of State agencies (ministries, departments). */
const AGENCY_BRANCH = /^(?:ministry|department):/u;

// Folded once: every candidate article is checked against every form.
// A ministry or department ("Bộ Y tế", "Sở GD") folds to words of everyday text ("bộ", "số"):
// in a question typed with diacritics it must be written as such (`typed`).
const FOLDED_BRANCHES = BODY_BRANCHES.map((b) => ({
  branch: b.branch,
  needles: b.forms.map(folded),
  typed: b.forms.map((f) => spaced(f, false)),
  agency: AGENCY_BRANCH.test(b.branch),
}));

/** The branches `text` names (folded, word-bounded): an article's meeting body and headline. */
export function branchesIn(text: string): Set<string> {
  const hay = folded(text);
  return new Set(FOLDED_BRANCHES.filter((b) => b.needles.some((n) => hay.includes(n))).map((b) => b.branch));
}

/**
 * {@link heldBranchesIn} and {@link asksPartyBody} of the last question text: `partyAskedOfState`
 * asks them of every candidate article with the same question (at 10k chunks, folding the tables
 * again per candidate was an eighth of `ask`'s CPU time).
 */
const lastHeld = { text: '', held: new Set<string>() as ReadonlySet<string>, party: null as string | null };
function questionBodies(text: string): { held: ReadonlySet<string>; party: string | null } {
  if (lastHeld.text !== text || lastHeld.text === '') {
    lastHeld.held = heldBranchesIn(text);
    lastHeld.party = asksPartyBody(text);
    lastHeld.text = text;
  }
  return lastHeld;
}

/** Words before a branch where a verb addressing it stands ("đề nghị MTTQ", "asked the Front"). */
const ADDRESSED_WINDOW = 3;
/** Words after a branch where a verb of attending stands ("đại diện MTTQ dự họp"). */
const ATTENDED_WINDOW = 4;
// Verbs by which a meeting addresses a body: it directs or assigns, it does not hold. Closed class.
// A request to a higher level addresses it too ("đề xuất UBND tỉnh cho điều chuyển …", "proposed to
// the provincial People's Committee"): the body asked is not the one that met.
const PROPOSING_EN = ['propose', 'proposed', 'proposes', 'proposing'];
const ADDRESSING = [
  ...SECTION_CUES.directive,
  ...SECTION_CUES.proposal,
  ...ASSIGNED_CUES,
  ...DIRECTING_VERBS_EN,
  ...PROPOSING_EN,
];
// A body that attends a meeting does not hold it. Closed class. Typed without diacritics a bare
// "du" is also "du lịch" (tourism: "Ban Chỉ đạo phát triển du lịch"), so only "dự" before a
// meeting noun counts then.
const ATTENDING_EN = ['attend', 'attends', 'attended', 'attending'];
const ATTENDING = ['dự', 'tham dự', ...ATTENDING_EN];
// "dự" before a meeting noun or kind ("du giao ban", "du ky hop"), from the closed vocabularies.
const ATTENDING_PLAIN = [
  ...new Set([...MEETING_NOUNS, ...MEETING_KINDS].map((n) => `du ${fold(n).toLowerCase()}`)),
  'tham du',
  ...ATTENDING_EN,
];
/** Words in the longest verb-of-attending phrase ("du hoi nghi ban chap hanh"). */
const ATTENDING_SPAN = Math.max(...[...ATTENDING, ...ATTENDING_PLAIN].map((p) => p.split(' ').length));

/** Phrases as {@link spaced} writes them, both ways; made once per table (folding is most of this file's cost per question). */
interface SpacedPhrases {
  typed: readonly string[];
  folded: readonly string[];
}
const spacedPhrases = (phrases: readonly string[]): SpacedPhrases => ({
  typed: phrases.map((p) => spaced(p, false)),
  folded: phrases.map((p) => spaced(p, true)),
});
const hasWord = (words: string, phrases: SpacedPhrases, folds: boolean): boolean =>
  (folds ? phrases.folded : phrases.typed).some((p) => words.includes(p));
const ADDRESSING_SPACED = spacedPhrases(ADDRESSING);
/** "giao ban" in a window of words (` a b c `, lower case, folded or not). */
const BRIEFING_WORDS = / giao ban(?= )/gu;
const ATTENDING_SPACED = spacedPhrases(ATTENDING);
const ATTENDING_PLAIN_SPACED = spacedPhrases(ATTENDING_PLAIN);

/** A text as the mention checks read it: folded words, and its words as typed (`folds`: no diacritics). */
interface MentionText {
  hay: string;
  words: readonly string[];
  folds: boolean;
}

const mentionText = (text: string): MentionText => {
  const folds = fold(text) === text.toLowerCase();
  return { hay: spaced(text, true), words: spaced(text, folds).trim().split(' '), folds };
};

/**
 * The body mentioned at `i` of `t.hay` (its folded form `needle`) names no holder of the meeting:
 * it stands inside a post (`title`), after a verb addressing it, or before a verb of attending.
 */
function notHolder(t: MentionText, i: number, needle: string, title: RegExp): boolean {
  if (title.test(t.hay.slice(Math.max(0, i - 40), i + 1))) return true;
  const { before, after } = mentionWindows(t, i, needle);
  // "Ban Dân vận các huyện ủy …": several bodies of a level, none of them the one that met ("các
  // huyện ủy nào …" asks which did).
  if (PLURAL_BEFORE.test(before) && !/^ nao /u.test(after)) return true;
  // "hội nghị giao ban của UBND huyện": the briefing, not "giao" (assign) addressing the body.
  return (
    hasWord(before.replace(BRIEFING_WORDS, ' '), ADDRESSING_SPACED, t.folds) ||
    ownsDocument(before, after, t.folds) ||
    attends(t, after) ||
    ADDRESSED_PASSIVE_EN.test(after) ||
    POST_AFTER_EN.test(after)
  );
}

/**
 * Documents a body submits to another's meeting ("các tờ trình của UBND thành phố" at the HĐND's
 * session, "the city People's Committee's proposals"). Closed class.
 */
const DOCUMENTS = ['tờ trình', 'báo cáo', 'dự thảo', 'đề án'];
const DOCUMENTS_EN = /^ (?:proposals?|submissions?|reports?|drafts?|bills?)(?![\p{L}])/u;
/** Words naming the body one speaks for ("thừa ủy quyền UBND tỉnh", "on behalf of"). Closed class. */
const PROXIES = ['thừa ủy quyền', 'thừa ủy quyền của', 'thay mặt', 'thay mặt cho', 'on behalf of'];
const DOCUMENT_OWNER_SPACED = spacedPhrases([...DOCUMENTS.map((d) => `${d} của`), ...PROXIES]);

/**
 * The body owns a document the question names ("tờ trình của UBND", "People's Committee's
 * proposals") or is the one a speaker stands for ("thừa ủy quyền UBND tỉnh"): it submitted to the
 * meeting, which another body held.
 */
const ownsDocument = (before: string, after: string, folds: boolean): boolean =>
  (folds ? DOCUMENT_OWNER_SPACED.folded : DOCUMENT_OWNER_SPACED.typed).some((d) => before.endsWith(d)) ||
  DOCUMENTS_EN.test(after);

/**
 * "the commune People's Committee chairman": in English the post follows its body, which then
 * names whose post it is, not the body that met (as "Chủ tịch UBND xã" does, {@link TITLE_BEFORE}).
 */
const POST_AFTER_EN =
  /^ (?:(?:vice|deputy)[- ]?)?(?:chair(?:man|woman|person)?|secretary|president)(?![\p{L}])/u;

/**
 * "what plan was the commune People's Committee told to submit", "the committee was asked to": an
 * English passive after the body (its auxiliary may open the question) addresses it as "đề nghị
 * UBND xã" does. Closed: the directing verbs' participles.
 */
const ADDRESSED_PASSIVE_EN =
  /^ (?:(?:was|were|is|are|been|being|be) )?(?:told|asked|instructed|urged|requested|required|directed|tasked|assigned) to /u;

/** English words between a verb and the body it addresses: an article and the body's level. Closed. */
const BODY_FILLERS_EN: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'provincial',
  'district',
  'commune',
  'city',
  'town',
]);

/** The words just before and just after the mention at `i` of `t.hay`, as ` a b c `. */
function mentionWindows(t: MentionText, i: number, needle: string): { before: string; after: string } {
  // Word positions of the mention (folding keeps the word count).
  const at = t.hay
    .slice(0, i + 1)
    .trim()
    .split(' ')
    .filter(Boolean).length;
  const end = at + needle.trim().split(' ').length;
  return {
    // English articles and levels stand between a verb and its body ("propose to the provincial
    // People's Committee"): they take no place in the window.
    before: ` ${t.words
      .slice(Math.max(0, at - ADDRESSED_WINDOW - BODY_FILLERS_EN.size), at)
      .filter((w) => !BODY_FILLERS_EN.has(w))
      .slice(-ADDRESSED_WINDOW)
      .join(' ')} `,
    // The verb of attending starts within the window; the meeting noun after it may run past it.
    after: ` ${t.words.slice(end, end + ATTENDED_WINDOW + ATTENDING_SPAN - 1).join(' ')} `,
  };
}

/** A verb of attending in the words after a mention. */
const attends = (t: MentionText, after: string): boolean =>
  hasWord(after, t.folds ? ATTENDING_PLAIN_SPACED : ATTENDING_SPACED, t.folds);

/**
 * The branches a question pins its meeting to: every branch it names ("Kỳ họp HĐND huyện", "UBND
 * huyện X họp", "Who chairs the … People's Council?"), except one the meeting addressed ("Bí thư
 * đề nghị MTTQ và các đoàn thể …", "asked the Fatherland Front"), one that attended it ("MTTQ dự
 * họp") and one inside a person's title ("Chủ tịch UBND huyện chủ trì …"). Pinning by default
 * keeps another body's meeting from answering; only a body shown not to hold it is let go.
 */
export function heldBranchesIn(text: string): Set<string> {
  return branchesMentioned(text, (t, i, needle) => !notHolder(t, i, needle, TITLE_BEFORE));
}

/** Meeting words a question pins its meeting with ("hội nghị", "giao ban", "meeting"), both ways. */
const MEETING_WORDS_SPACED = spacedPhrases([
  ...MEETING_NOUNS,
  ...MEETING_KINDS,
  ...MEETING_NOUNS_EN,
  'kỳ họp',
  'phiên',
  'đại hội',
]);

/** The question names a meeting ("hội nghị", "kỳ họp", "giao ban", "meeting"). */
export const namesMeeting = (text: string): boolean => {
  // Compared as typed when the question has its marks: "phối hợp" folds to the "hop" of "họp".
  const folds = fold(text) === text.toLowerCase();
  return hasWord(spaced(text, folds), MEETING_WORDS_SPACED, folds);
};

/**
 * `branches` without the mass organisations when the question names no meeting: an organisation
 * that acted ("Hội Cựu chiến binh tỉnh đã vận động hội viên hiến đất …") is reported in another
 * body's meeting (the Ban Dân vận's briefing), so it holds none the question pins. The Front is
 * so too when a figure is asked of it ("Ủy ban MTTQ các cấp đã vận động xây bao nhiêu nhà Đại đoàn
 * kết?"): its figures are reported in the Ban Dân vận's briefing as often as in its own meetings.
 */
export function withoutActingOrganisations(
  branches: Set<string>,
  text: string,
  figureAsked = false,
  /** A deadline, a figure or a section is asked: a State agency named is the one tasked ("Sở X phải trình …"). */
  tasked = false,
): Set<string> {
  if (namesMeeting(text)) return branches;
  return new Set(
    [...branches].filter(
      (b) => !b.startsWith('mass:') && !(figureAsked && b === FRONT) && !(tasked && AGENCY_BRANCH.test(b)),
    ),
  );
}

/** The family of the Fatherland Front (vocab's MEETING_BODY_FAMILIES). */
const FRONT = 'front';

/**
 * The body asked is an organisation whose figure is asked with no meeting named (see
 * {@link withoutActingOrganisations}): the body that acted, not the one that met.
 */
export function actingBody(body: AskedBody, text: string, figureAsked: boolean): boolean {
  return figureAsked && body.family === FRONT && !namesMeeting(text);
}

/**
 * Movements named with a department's words ("Dân vận khéo", "skilled mass mobilization" models):
 * the movement, not the Ban Dân vận. Closed class.
 */
const MOVEMENTS =
  /(?<![\p{L}])(?:dân vận khéo|dan van kheo|skil(?:l?ed|l?ful) mass mobili[sz]ation)(?![\p{L}])/giu;

/** The branches of the mentions in `text` (clause by clause) that `counts` keeps. */
function branchesMentioned(
  text: string,
  counts: (t: MentionText, i: number, needle: string) => boolean,
): Set<string> {
  const out = new Set<string>();
  for (const clause of text.replace(MOVEMENTS, ' ').split(/[,.;:?!()]/u)) {
    const t = mentionText(clause);
    const typed = t.folds ? '' : spaced(clause, false);
    for (const b of FOLDED_BRANCHES) {
      for (const [k, needle] of b.needles.entries()) {
        if (!t.folds && b.agency && !typed.includes(b.typed[k] as string)) continue;
        for (let i = t.hay.indexOf(needle); i >= 0; i = t.hay.indexOf(needle, i + 1))
          if (!(b.agency && t.folds && digitalNoun(t.hay, i)) && counts(t, i, needle)) out.add(b.branch);
      }
    }
  }
  return out;
}

/**
 * "số" after "đổi" is the digital of "chuyển đổi số", not a department ("chuyen doi so y te" is
 * digital health, not "Sở Y tế"): read so only where diacritics are gone.
 */
const digitalNoun = (hay: string, i: number): boolean => hay.slice(Math.max(0, i - 4), i + 1) === ' doi ';

/**
 * The branches a question names as addressed by the meeting ("Bí thư đề nghị HĐND thị xã tập trung
 * gì?", "asked the town People's Council to focus on"): what was asked of that body, so the cited
 * text must name it (support.ts); what was asked of the People's Committee is not the Council's.
 */
export function addressedBranchesIn(text: string): Set<string> {
  return branchesMentioned(text, (t, i, needle) =>
    hasWord(mentionWindows(t, i, needle).before.replace(BRIEFING_WORDS, ' '), ADDRESSING_SPACED, t.folds),
  );
}

// Words before a body that make it the one a person stands for ("đại diện MTTQ", "represented
// the Fatherland Front"). Closed class: the verbs and nouns of representing.
const REPRESENTING = [
  'đại diện',
  'thay mặt',
  'represent',
  'represented',
  'representing',
  'representative of',
];
const REPRESENTING_SPACED = spacedPhrases(REPRESENTING);

/**
 * The branches a question names as attending the meeting ("Ai đại diện MTTQ dự họp?", "Who
 * represented the Fatherland Front at …"): a person answering it must hold a post of that branch.
 */
export function attendingBranchesIn(text: string): Set<string> {
  return branchesMentioned(text, (t, i, needle) => {
    const w = mentionWindows(t, i, needle);
    return hasWord(w.before, REPRESENTING_SPACED, t.folds) || attends(t, w.after);
  });
}

/**
 * The branches the question names that the article's meeting is not of: empty when the article
 * fits, or when its body is unknown (nothing to contradict).
 */
export function unmetBranches(asked: ReadonlySet<string>, meeting: MeetingRecord, title: string): string[] {
  if (asked.size === 0 || meeting.orgName === null) return [];
  const has = branchesIn(`${meeting.orgName} ${meeting.counterpart ?? ''} ${title}`);
  return [...asked].filter((b) => !has.has(b));
}

/**
 * Party bodies a question may name as the one that met. Closed class: the Party committees by
 * level, their executive and standing boards, in Vietnamese and English. They nest in one another
 * and in steering boards, so they are never told apart here: only against a State body's meeting.
 */
const PARTY_BODIES = [
  'Ban Chấp hành Đảng bộ',
  'Ban Thường vụ',
  'Tỉnh ủy',
  'Huyện ủy',
  'Thị ủy',
  'Thành ủy',
  'Đảng ủy',
  'Party Executive Committee',
  'Party Committee',
  'Party Standing Board',
  'Party Standing Committee',
];
// A Party body inside a person's title ("Bí thư Huyện ủy", "Ủy viên Ban Thường vụ", "secretary of
// the district Party Committee") names the person, not the meeting.
const PARTY_TITLE_BEFORE = postBefore(POSTS.party, 4);
const PARTY_DEPARTMENT_BEFORE = postBefore(POSTS.partyDepartment, 4);
/**
 * English names a Party department (or its office) after the committee ("the provincial Party Mass
 * Mobilisation Commission"): the committee's name there is the department's. Folded text.
 */
const DEPARTMENT_AFTER_EN = new RegExp(
  `^\\s*(?:[a-z]+ ){0,2}(?:${[...PARTY_DEPARTMENTS_EN.map((d) => d.en), 'office'].join('|')})(?![a-z])`,
  'u',
);
const STATE_BRANCHES = new Set(BODY_BRANCHES.map((b) => b.branch));
const FOLDED_PARTY_BODIES = PARTY_BODIES.map((b) => ({ body: b, needle: folded(b) }));

/**
 * The Party body the question names as the one that met ("Hội nghị Ban Chấp hành Đảng bộ huyện X")
 * when the article reports a State body's meeting only (an HĐND session, a People's Committee
 * meeting: its names carry no Party body) and the question names no State body: as written, or null.
 */
export function partyAskedOfState(text: string, meeting: MeetingRecord, title: string): string | null {
  if (meeting.orgName === null) return null;
  const asked = questionBodies(text);
  // Null whatever the article when the question names a State body or no Party body: checked first.
  if (asked.held.size > 0 || asked.party === null) return null;
  const org = `${meeting.orgName} ${meeting.counterpart ?? ''}`;
  const stateMet = [...branchesIn(`${org} ${title}`)].some((b) => STATE_BRANCHES.has(b));
  const orgText = folded(`${org} ${title}`);
  if (!stateMet || FOLDED_PARTY_BODIES.some((b) => orgText.includes(b.needle))) return null;
  return asked.party;
}

/** Whether folded `hay` writes `needle` somewhere outside a Party post ("Bí thư Huyện ủy" names a person). */
function outsidePartyTitle(hay: string, needle: string): boolean {
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    const before = hay.slice(Math.max(0, i - 40), i + 1);
    // "Ban Dân vận các huyện ủy": the committees of a level, none of them the one asked ("các
    // huyện ủy nào …" asks which).
    const plural = PLURAL_BEFORE.test(before) && !hay.startsWith(`${needle.trimEnd()} nao `, i);
    if (!PARTY_TITLE_BEFORE.test(before) && !plural) return true;
  }
  return false;
}

/**
 * "các" right before a mention ("Ban Dân vận các huyện ủy"), folded: the bodies of a level. Not
 * "những": "những ban chỉ đạo nào họp" asks which of them met.
 */
const PLURAL_BEFORE = /(?:^|\s)cac\s$/u;

/** The Party body the question names outside a person's title, as written in the table, or null. */
export function asksPartyBody(text: string): string | null {
  const hay = folded(text);
  return FOLDED_PARTY_BODIES.find(({ needle }) => outsidePartyTitle(hay, needle))?.body ?? null;
}

/**
 * The Party committees of one kind of unit, as Vietnamese and English name them. Closed class: a
 * committee is the province's, a district's, a town's, a city's or an urban district's. Two of
 * them are two bodies: "Thị ủy" asked is not met by a Huyện ủy's briefing.
 */
const UNIT_COMMITTEES: readonly { label: string; needles: readonly string[] }[] = [
  { label: 'Tỉnh ủy', needles: ['tinh uy', 'provincial party committee'] },
  { label: 'Huyện ủy', needles: ['huyen uy', 'district party committee'] },
  { label: 'Thị ủy', needles: ['thi uy', 'town party committee'] },
  { label: 'Thành ủy', needles: ['thanh uy', 'city party committee'] },
  { label: 'Quận ủy', needles: ['quan uy'] },
].map((c) => ({ label: c.label, needles: c.needles.map((n) => ` ${n} `) }));

/** The unit committees a folded text names (each by label). */
const committeesIn = (hay: string): Set<string> =>
  new Set(UNIT_COMMITTEES.filter((c) => c.needles.some((n) => hay.includes(n))).map((c) => c.label));

/**
 * The unit committee a question asks of as the body that met ("Thị ủy giao ban …"), outside a
 * person's title, when it asks exactly one; else null.
 */
export function askedUnitCommittee(text: string): string | null {
  const hay = folded(text);
  const asked = UNIT_COMMITTEES.filter((c) => c.needles.some((n) => outsidePartyTitle(hay, n)));
  return asked.length === 1 ? (asked[0]?.label ?? null) : null;
}

/**
 * Whether a meeting is another unit committee's than the one asked: its body's names (and headline)
 * name unit committees, none of them the asked one. False when they name none.
 */
export function otherUnitCommittee(asked: string, meeting: MeetingRecord, title: string): boolean {
  const met = committeesIn(folded(`${meeting.orgName ?? ''} ${meeting.counterpart ?? ''} ${title}`));
  return met.size > 0 && !met.has(asked);
}

/** The written form of a branch for a message ("HĐND", "People's Council"). */
export function branchLabel(branch: string, lang: 'vi' | 'en'): string {
  const forms = BODY_BRANCHES.find((b) => b.branch === branch)?.forms ?? [branch];
  // English: the first form in plain ASCII of more than one word ("People's Council", "Ministry of Health").
  return (lang === 'en' ? forms.find((f) => /^[\x20-\x7e]+ [\x20-\x7e]+$/u.test(f)) : forms[0]) ?? branch;
}

/** The units below a province and their Party committees, as a question may name them. Closed class. */
const LOWER_UNITS = [
  'Huyện ủy',
  'Thị ủy',
  'Thành ủy',
  'Đảng ủy',
  'Chi bộ',
  'huyện',
  'thị xã',
  'district',
  'districts',
  'town',
  'towns',
  // The bodies of communes and wards, the lower level since July 2025 ("Ban Chấp hành Đảng bộ xã
  // Đà Bắc"): the level word alone may be what is asked ("những xã nào của tỉnh …").
  'Đảng bộ xã',
  'Đảng ủy xã',
  'Đảng bộ phường',
  'Đảng ủy phường',
  'HĐND xã',
  'UBND xã',
  'HĐND phường',
  'UBND phường',
  'commune Party',
  'ward Party',
  "commune People's",
  "ward People's",
];
/** Bodies of any level (a province's own too: "Ban Chỉ đạo 35 tỉnh X"). Closed class (`ORG_KINDS`). */
const ANY_LEVEL_BODIES = ['Ban Chỉ đạo', 'Hội đồng', 'Tổ công tác', 'Steering'];

const FOLDED_LOWER_UNITS = LOWER_UNITS.map(folded);
const FOLDED_LOWER_BODIES = [...LOWER_UNITS, ...ANY_LEVEL_BODIES].map(folded);
const FOLDED_PROVINCE_FORMS = PROVINCE_BODY_FORMS.map(folded);

/** A question's place that is no province under any of its readings (a district, a commune). */
function namesLowerUnitOnly(p: QuestionPlace): boolean {
  return p.candidates.length > 0 && p.candidates.every((c) => c.level !== 'province');
}

/**
 * Bodies a unit's name follows without its type word ("Đảng bộ Đắk Hà", "UBND Mang Yang", "Thị ủy
 * An Khê"), folded. Closed.
 */
const OWN_BODIES = [
  'dang bo',
  'dang uy',
  'ubnd',
  'hdnd',
  'mttq',
  'uy ban nhan dan',
  'hoi dong nhan dan',
  'huyen uy',
  'thi uy',
  'thanh uy',
  'quan uy',
];
/** English type words after a unit's name ("Dak Ha commune"), folded. Closed. */
const LOWER_TYPES_AFTER = ['commune', 'ward', 'district', 'town'];

/**
 * `hay` (folded) writes one of {@link OWN_BODIES} right before the place `surface`, or an English
 * type word of a lower unit right after it.
 */
function ownBodyBefore(hay: string, surface: string): boolean {
  const name = folded(surface).trim();
  const padded = ` ${hay} `;
  return (
    OWN_BODIES.some((b) => padded.includes(` ${b} ${name} `)) ||
    LOWER_TYPES_AFTER.some((t) => padded.includes(` ${name} ${t} `))
  );
}

/** Type words that state a province's level ("tỉnh Bình Thuận", "Binh Thuan province"), folded. Closed class. */
const PROVINCE_TYPE_WORDS = new Set(['tinh', 'province', 'provincial']);

/** The province written with its type word, as folded needles ("tinh binh thuan", "binh thuan province"). */
function typedProvinceNeedles(places: readonly QuestionPlace[]): string[] {
  return places.flatMap((p) => {
    const type = p.typeWord === undefined ? '' : fold(p.typeWord).toLowerCase();
    if (!PROVINCE_TYPE_WORDS.has(type) || !p.candidates.every((c) => c.level === 'province')) return [];
    return [folded(`${p.typeWord} ${p.surface}`), folded(`${p.surface} ${p.typeWord}`)];
  });
}

/**
 * How a question asks about a province as a whole: `body` when it names a province-level body
 * ("Tỉnh ủy X", "UBND tỉnh X", "the provincial Party Committee"), `typed` when it names the province
 * with its type word only ("tỉnh X", "X province"); null when neither, or only inside a person's
 * title, or with a district or its bodies named beside it.
 */
export type ProvinceAsk = 'body' | 'typed' | null;

/** Whether `needle` (folded) occurs in `hay` outside a person's post. */
function outsidePost(hay: string, needle: string): boolean {
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    // Inside a post of the State or of a Party department ("Phó Trưởng ban Dân vận Tỉnh ủy"): the person's.
    const before = hay.slice(Math.max(0, i - 40), i + 1);
    const department = DEPARTMENT_AFTER_EN.test(hay.slice(i + needle.length));
    if (!TITLE_BEFORE.test(before) && !PARTY_DEPARTMENT_BEFORE.test(before) && !department) return true;
  }
  return false;
}

/**
 * See {@link ProvinceAsk}. Folded, word-bounded. A district's meeting in that province is then
 * another body's, and its figures are the district's, not the province's.
 */
export function asksProvinceBody(text: string, places: readonly QuestionPlace[] = []): ProvinceAsk {
  const hay = folded(text);
  // A district or its bodies named beside it: the meeting may be theirs ("Tỉnh ủy làm việc với
  // Huyện ủy …"). Another body beside a province body ("Ban Chỉ đạo 32 … nghị quyết của Ban Thường
  // vụ Tỉnh ủy") holds the meeting; but "Ban Chỉ đạo … tỉnh X" is the province's own board.
  if (FOLDED_LOWER_UNITS.some((b) => hay.includes(b))) return null;
  // The same for a district or commune named without its type word after a body of its own
  // ("Đảng bộ Đắk Hà … đoàn Tỉnh ủy"): that body's figure is asked, not the province's.
  if (places.some((p) => namesLowerUnitOnly(p) && ownBodyBefore(hay, p.surface))) return null;
  const bodyBeside = FOLDED_LOWER_BODIES.some((b) => hay.includes(b));
  if (!bodyBeside && FOLDED_PROVINCE_FORMS.some((n) => outsidePost(hay, n))) return 'body';
  return typedProvinceNeedles(places).some((n) => outsidePost(hay, n)) ? 'typed' : null;
}

/** Words naming a unit below a province as a figure's owner ("Đảng bộ thị xã hiện có …"), folded. Closed class. */
const LOWER_UNIT_WORDS = [' huyen ', ' thi xa ', ' thi tran ', ' district ', ' town '];
/** Words naming the province or every unit of it ("toàn tỉnh", "các huyện"), folded: a total of the province. */
const PROVINCE_WIDE_WORDS = [' tinh ', ' province ', ' provincial ', ' cac huyen ', ' districts '];

/**
 * Whether a figure's sentence states a lower unit's figure: it names a district or town and not
 * the province ("Đảng bộ thị xã hiện có 2.076 đảng viên, 7 tháng kết nạp 61 đảng viên mới" is no
 * count of the province's, though a province's standing board heard it).
 */
export function statesLowerUnitFigure(sentence: string): boolean {
  const hay = folded(sentence);
  return LOWER_UNIT_WORDS.some((w) => hay.includes(w)) && !PROVINCE_WIDE_WORDS.some((w) => hay.includes(w));
}

/** The article's meeting is held by (or with) a province-level body: its names say "tỉnh". */
export function provinceBodyMet(meeting: MeetingRecord, title: string): boolean {
  if (meeting.orgName === null) return true;
  return / tinh /u.test(folded(`${meeting.orgName} ${meeting.counterpart ?? ''} ${title}`));
}

/** Unit words of an article's body or headline below the province, folded. Closed class. */
const ARTICLE_LOWER_UNITS = [
  'huyện',
  'thị xã',
  'thành phố',
  'quận',
  'xã',
  'phường',
  'thị trấn',
  'Huyện ủy',
  'Thị ủy',
  'Thành ủy',
  'Quận ủy',
].map(folded);

/**
 * Whether the article's meeting fails the province asked as a whole: with a province-level body
 * asked, its names must say "tỉnh" ({@link provinceBodyMet}); with the province asked by its type
 * word, its body and headline must not name a lower unit without "tỉnh" ("Huyện ủy Tuy Phong giao
 * ban", "Ban Chỉ đạo … thành phố"), while a board whose names carry no unit stays the province's.
 */
export function provinceAskUnmet(ask: ProvinceAsk, meeting: MeetingRecord, title: string): boolean {
  if (ask === 'body') return !provinceBodyMet(meeting, title);
  if (ask !== 'typed') return false;
  const names = folded(`${meeting.orgName ?? ''} ${meeting.counterpart ?? ''} ${title}`);
  return !names.includes(' tinh ') && ARTICLE_LOWER_UNITS.some((u) => names.includes(u));
}

/**
 * The body a one-meeting question names, to tell apart the meetings one place held in one period
 * (at 100k articles a district's Party committee, People's Committee, steering boards and councils
 * often all reviewed the same quarter): its family (`MEETING_BODY_FAMILIES`) and, for a body told
 * apart by its purpose, the words of its purpose as a Vietnamese question writes them (folded, e.g.
 * `phat trien du lich`), or null when the question names none.
 */
export interface AskedBody {
  family: string;
  byPurpose: boolean;
  /** Folded purpose words ("phat trien du lich"); null when only the family is named (or in English). */
  name: string | null;
  /** The body as the question writes it, for the reader ("Ban Chỉ đạo", "Steering Board"). */
  label: string;
  /**
   * An English purpose ("Public Investment Disbursement" Task Force) as the glossary renders it: one
   * list of folded Vietnamese alternatives per phrase it knows (empty when it knows none); null when
   * the question writes no English purpose.
   */
  renderings: string[][] | null;
}

// Where a body's purpose ends in a folded Vietnamese question: a place's type word, a linking
// word, a verb of meeting, the period, or a question word ("những ban chỉ đạo nào họp"). Closed class.
// Two-word ends count only as the pair: "giao" alone opens a purpose ("Hội đồng Giáo dục"), as
// "số" closes one ("chính quyền số").
const PURPOSE_END = new Set(
  'huyen tinh quan phuong cua ve voi tai o hop nam quy thang dien do nao gi ai'.split(' '),
);
const PURPOSE_END_PAIRS = new Set([
  'thi xa',
  'thanh pho',
  'thi tran',
  'danh gia',
  'so ket',
  'tong ket',
  'giao ban',
  'to chuc',
]);
// Posts before a body of any family, a Party one too ("Bí thư Huyện ủy", "Trưởng Ban Tuyên giáo
// Tỉnh ủy", "the secretary of the … Party Committee"): the body names the person's post, not the meeting.
const POST_BEFORE = postBefore(POSTS.any);

type Family = (typeof MEETING_BODY_FAMILIES)[number];
/** Each family's forms folded, in table order (folded once: every candidate article is checked). */
const FOLDED_FAMILY_FORMS = new Map<Family, { form: string; needle: string }[]>(
  MEETING_BODY_FAMILIES.map((f) => [f, f.forms.map((form) => ({ form, needle: folded(form) }))]),
);
const familyForms = (f: Family): { form: string; needle: string }[] => FOLDED_FAMILY_FORMS.get(f) ?? [];

/**
 * The first body the question names as the one that met — not inside a post, not addressed by a
 * direction, not attending (`notHolder`) — with its family, written form and folded offset.
 */
function askedBodyMention(question: string): { family: Family; f: string; at: number } | null {
  const t = mentionText(question);
  let best: { family: Family; f: string; at: number } | null = null;
  for (const family of MEETING_BODY_FAMILIES) {
    for (const { form: f, needle } of familyForms(family)) {
      for (let i = t.hay.indexOf(needle); i >= 0; i = t.hay.indexOf(needle, i + 1)) {
        if (notHolder(t, i, needle, POST_BEFORE)) continue;
        if (!best || i < best.at) best = { family, f, at: i };
        break;
      }
    }
  }
  return best;
}

/** The family of the body the question names as the one that met (see `askedBodyMention`), or null. */
export function askedBodyFamily(question: string): Family | null {
  return askedBodyMention(question)?.family ?? null;
}

/** Most words of a purpose ("phát triển giao thông nông thôn" is 5; a longer run is not a name). */
const MAX_PURPOSE_WORDS = 9;

/** The body the question names first (outside a person's title), with its purpose words; null when none. */
export function askedBody(question: string): AskedBody | null {
  const form = askedBodyMention(question);
  if (!form) return null;
  const { family } = form;
  const hay = folded(question);
  const label = form.f;
  if (!family.byPurpose)
    return { family: family.family, byPurpose: false, name: null, label, renderings: null };
  const purpose = purposeAfter(hay, form.at + folded(form.f).length);
  // English names the purpose before the head ("Tourism Development Steering Board"): family only.
  // The Vietnamese forms of the by-purpose families all carry diacritics, the English ones none.
  const english = fold(form.f) === form.f.toLowerCase();
  // A purpose written with acronyms ("Ban Chỉ đạo các CT MTQG") cannot be compared word for word
  // with the name the article spells out: the family alone is checked then.
  const name = !english && purpose.length > 0 && !hasAcronym(question, purpose) ? purpose : null;
  const renderings = english ? englishPurpose(question) : null;
  // A bare "council" / "hội đồng" names no body: the People's Council's session is called so too.
  if (family.family === 'board' && name === null && renderings === null) return null;
  return {
    family: family.family,
    byPurpose: true,
    name,
    label,
    renderings,
  };
}

/** Some word of the folded `purpose` is written in `question` as an acronym (two or more capitals: "CT", "MTQG"). */
function hasAcronym(question: string, purpose: string): boolean {
  const acronyms = new Set((question.match(/(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])/gu) ?? []).map((a) => fold(a)));
  return purpose.split(' ').some((w) => acronyms.has(w));
}

/** The glossary's renderings of the purpose words of the English body name in `question`, or null. */
function englishPurpose(question: string): string[][] | null {
  for (const span of englishBodyNames(question)) {
    // A number after the head is the body's purpose in any language ("Steering Committee 35").
    const numbered = /^\s+(\d+)(?!\p{L})/u.exec(question.slice(span.end));
    if (numbered?.[1]) return [[numbered[1]]];
    // A place inside the name ("the Gia Lai Steering Committee") is whose body it is, not its purpose.
    let name = question.slice(span.start, span.end);
    for (const p of findPlaces(name)) name = name.replace(p.surface, ' ');
    // The head words ("Steering Board", "Task Force", "Council") are the family, not the purpose.
    const purpose = name
      .split(/\s+/u)
      .filter((w) => w && !BODY_WORDS_EN.has(w.toLowerCase()))
      .join(' ');
    if (!purpose) continue;
    return findGlossaryTerms(purpose.toLowerCase()).map((m) => m.vi.map((v) => fold(v)));
  }
  return null;
}

/** The purpose words after a body's form in folded text ("phat trien du lich"); empty when none. */
function purposeAfter(hay: string, from: number): string {
  const words: string[] = [];
  const all = hay.slice(from).trim().split(' ');
  for (const [i, w] of all.entries()) {
    if (!w || PURPOSE_END.has(w) || PURPOSE_END_PAIRS.has(`${w} ${all[i + 1]}`)) break;
    if (words.length >= MAX_PURPOSE_WORDS) break;
    words.push(w);
  }
  return words.join(' ');
}

/**
 * Whether an article's meeting is held by another body than the one asked: its record names a body
 * of another family, or, for a body told apart by its purpose, one whose name does not carry the
 * purpose the question writes. False when the record names no body (nothing to contradict).
 */
export function otherBody(asked: AskedBody, meeting: MeetingRecord): boolean {
  const names = folded(`${meeting.orgName ?? ''} ${meeting.counterpart ?? ''}`);
  const families = MEETING_BODY_FAMILIES.filter((f) => familyForms(f).some((x) => names.includes(x.needle)));
  if (families.length === 0) return false;
  if (!families.some((f) => f.family === asked.family)) return true;
  if (asked.renderings) return !englishPurposeMet(asked.renderings, names);
  if (asked.name === null) return false;
  // Told apart by purpose: one purpose must open the other ("Ban Chỉ đạo 32" asked as "Ban Chỉ đạo
  // 32 hồi tháng 6"), else they are two bodies ("… phát triển du lịch" vs "… giảm nghèo bền vững").
  const family = MEETING_BODY_FAMILIES.find((f) => f.family === asked.family);
  const own = (family ? familyForms(family) : []).flatMap(({ needle }) => {
    const at = names.indexOf(needle);
    return at < 0 ? [] : [purposeAfter(names, at + needle.length)];
  });
  const differs =
    own.length > 0 && own.every((p) => p !== '' && !opens(p, asked.name!) && !opens(asked.name!, p));
  // A purpose asked short ("Ban Chỉ đạo dân chủ cơ sở" for "… thực hiện Quy chế dân chủ ở cơ sở"):
  // its words, in order, within the body's name are the same body.
  return differs && !withinName(asked.name, names);
}

/**
 * The purpose words asked (less a place named after them: "dân chủ cơ sở Đồng Hới") appear in
 * order among the words of `names`: at least two of them, so a lone word matches nothing.
 */
function withinName(purpose: string, names: string): boolean {
  let words = purpose.split(' ').filter(Boolean);
  for (const p of findPlaces(purpose)) {
    const place = folded(p.surface).trim();
    const at = ` ${words.join(' ')} `.indexOf(` ${place} `);
    if (at >= 0) words = ` ${words.join(' ')} `.slice(0, at).trim().split(' ').filter(Boolean);
  }
  if (words.length < 2) return false;
  const hay = names.split(' ').filter(Boolean);
  let i = 0;
  for (const w of hay) if (w === words[i]) i++;
  return i >= words.length;
}

/**
 * An article's body carries an English purpose: a rendering of a phrase of it that the glossary knows.
 * A purpose the glossary cannot render cannot be told from another's: not met (never guessed).
 */
function englishPurposeMet(renderings: readonly string[][], names: string): boolean {
  return renderings.some((alts) => alts.some((v) => names.includes(` ${v} `)));
}

/** Words of an English body's name that are its kind, not its purpose. Closed class. */
const BODY_WORDS_EN = new Set([
  'steering',
  'board',
  'task',
  'force',
  'council',
  'committee',
  'working',
  'group',
  'team',
  'commission',
  'and',
  'the',
]);

/** Whether the words `a` open the words `b` (whole words). */
function opens(a: string, b: string): boolean {
  return b === a || b.startsWith(`${a} `);
}

/** Type words of a district-level unit as a question writes them, folded. Closed class. */
const DISTRICT_TYPE_WORDS = new Set([
  'huyen',
  'thanh pho',
  'tp',
  'thi xa',
  'tx',
  'quan',
  'district',
  'city',
  'town',
]);
/** A commune-level type word, folded ("thị xã" is a district's). */
const COMMUNE_TYPE = /(?:^|\s)(?:(?<!thi\s)xa(?!\shoi)|phuong|thi tran|commune|ward)(?=\s|$)/u;

/**
 * The question asks a district-level unit's body ("HĐND thành phố Việt Trì", "Viet Tri city
 * People's Council"): a place written with a district's type word, of which the gazetteer's best
 * reading is a district, and no commune-level unit named. `namesBody`: the question names a body.
 */
export function asksDistrictBody(
  text: string,
  places: readonly QuestionPlace[],
  namesBody: boolean,
): boolean {
  if (!namesBody || COMMUNE_TYPE.test(folded(text))) return false;
  return places.some(
    (p) =>
      p.typeWord !== undefined &&
      DISTRICT_TYPE_WORDS.has(folded(p.typeWord).trim()) &&
      p.candidates[0]?.level === 'district',
  );
}

/**
 * The article's meeting was held by a commune-level body ("HĐND phường Vân Phú", "Đảng ủy xã
 * …"): another body's than a district's, though the commune lies in the district asked.
 */
export function communeBodyMet(meeting: MeetingRecord): boolean {
  return meeting.orgName !== null && NAMED_COMMUNE.test(meeting.orgName);
}

/**
 * A commune-level unit's name in a body's name: its type word then a capital or a ward's number
 * ("HĐND phường Vân Phú", "Đảng ủy Phường 3"); not "thị xã X", nor "kinh tế - xã hội" (case-sensitive
 * on the name for that reason).
 */
const NAMED_COMMUNE = /(?<![\p{L}])(?<![Tt]hị\s)(?:[Xx]ã|[Pp]hường|[Tt]hị trấn)\s+(?:\p{Lu}|\d)/u;
