/**
 * The branch of government a question pins a meeting to (People's Council, People's Committee,
 * Fatherland Front: `BODY_BRANCHES`), against the body whose meeting an article reports. "Kỳ họp
 * HĐND huyện X" is not answered by the Huyện ủy's review of X, however well its sentences match.
 */
import type { MeetingRecord } from '../records/types.ts';
import { BODY_BRANCHES, PROVINCE_BODY_FORMS } from '../records/vocab.ts';
import { fold } from '../text/normalize.ts';

const folded = (s: string): string => ` ${fold(s).replace(/[^\p{L}\p{N}']+/gu, ' ')} `;
// A branch named inside a person's title ("Chủ tịch UBND huyện chủ trì", "the chairman of the X
// district People's Committee": English puts the place between the post and its body) names the
// person, not the meeting.
const TITLE_BEFORE =
  /(?:(?:chu tich|chairman|chairwoman|chairperson|vice chair)(?: [a-z']+){0,3}|(?:chairman|chairwoman|chairperson|head|director) of(?: [a-z']+){0,5}) $/u;

/** The branches `text` names (folded, word-bounded), skipping those inside a person's title. */
export function branchesIn(text: string, skipTitles = false): Set<string> {
  const hay = folded(text);
  const out = new Set<string>();
  for (const b of BODY_BRANCHES) {
    for (const form of b.forms) {
      const needle = folded(form);
      for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
        if (skipTitles && TITLE_BEFORE.test(hay.slice(Math.max(0, i - 40), i + 1))) continue;
        out.add(b.branch);
        break;
      }
    }
  }
  return out;
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
const PARTY_TITLE_BEFORE =
  /(?:bi thu|uy vien|thuong truc|van phong|truong ban|pho ban|secretary|member)(?: (?:of|the|[a-z']+)){0,4} $/u;
const STATE_BRANCHES = new Set(BODY_BRANCHES.map((b) => b.branch));

/**
 * The Party body the question names as the one that met ("Hội nghị Ban Chấp hành Đảng bộ huyện X")
 * when the article reports a State body's meeting only (an HĐND session, a People's Committee
 * meeting: its names carry no Party body) and the question names no State body: as written, or null.
 */
export function partyAskedOfState(text: string, meeting: MeetingRecord, title: string): string | null {
  if (meeting.orgName === null || branchesIn(text, true).size > 0) return null;
  const org = `${meeting.orgName} ${meeting.counterpart ?? ''}`;
  const stateMet = [...branchesIn(`${org} ${title}`)].some((b) => STATE_BRANCHES.has(b));
  const orgText = folded(`${org} ${title}`);
  if (!stateMet || PARTY_BODIES.some((b) => orgText.includes(folded(b)))) return null;
  return asksPartyBody(text);
}

/** The Party body the question names outside a person's title, as written in the table, or null. */
export function asksPartyBody(text: string): string | null {
  const hay = folded(text);
  for (const b of PARTY_BODIES) {
    const needle = folded(b);
    for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1))
      if (!PARTY_TITLE_BEFORE.test(hay.slice(Math.max(0, i - 40), i + 1))) return b;
  }
  return null;
}

/** The written form of a branch for a message ("HĐND", "People's Council"). */
export function branchLabel(branch: string, lang: 'vi' | 'en'): string {
  const forms = BODY_BRANCHES.find((b) => b.branch === branch)?.forms ?? [branch];
  return (lang === 'en' ? forms[2] : forms[0]) ?? branch;
}

/** Bodies other than a province's own that a question may name. Closed class (`ORG_KINDS` below the province). */
const LOWER_BODIES = [
  'Ban Chỉ đạo',
  'Huyện ủy',
  'Thị ủy',
  'Thành ủy',
  'Đảng ủy',
  'Chi bộ',
  'Hội đồng',
  'Tổ công tác',
  'huyện',
  'thị xã',
  'Steering',
  'district',
  'town',
];

/** The question names a province-level body (folded, word-bounded, not inside a person's title). */
export function asksProvinceBody(text: string): boolean {
  const hay = folded(text);
  // Another body named beside it holds the meeting ("Ban Chỉ đạo 32 … nghị quyết của Ban Thường vụ
  // Tỉnh ủy", "Tỉnh ủy làm việc với Huyện ủy …"): the province body is then not the one that met.
  if (LOWER_BODIES.some((b) => hay.includes(folded(b)))) return false;
  return PROVINCE_BODY_FORMS.some((form) => {
    const needle = folded(form);
    for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1))
      if (!TITLE_BEFORE.test(hay.slice(Math.max(0, i - 40), i + 1))) return true;
    return false;
  });
}

/** The article's meeting is held by (or with) a province-level body: its names say "tỉnh". */
export function provinceBodyMet(meeting: MeetingRecord, title: string): boolean {
  if (meeting.orgName === null) return true;
  return / tinh /u.test(folded(`${meeting.orgName} ${meeting.counterpart ?? ''} ${title}`));
}
