/**
 * The branch of government a question pins a meeting to (People's Council, People's Committee,
 * Fatherland Front: `BODY_BRANCHES`), against the body whose meeting an article reports. "Kỳ họp
 * HĐND huyện X" is not answered by the Huyện ủy's review of X, however well its sentences match.
 */
import type { MeetingRecord } from '../records/types.ts';
import { BODY_BRANCHES, PROVINCE_BODY_FORMS } from '../records/vocab.ts';
import { fold } from '../text/normalize.ts';

const folded = (s: string): string => ` ${fold(s).replace(/[^\p{L}\p{N}']+/gu, ' ')} `;
// A branch named inside a person's title ("Chủ tịch UBND huyện chủ trì") names the person, not the
// meeting. Not further away: "the chairman of the Quynh Phu district People's Council" asks that body's.
const TITLE_BEFORE = /(?:chu tich|chairman|chairwoman|chairperson|vice chair)(?: [a-z']+){0,3} $/u;
/**
 * A branch right after a directing verb ("yêu cầu UBND huyện làm gì", "asked the town People's
 * Committee to …") is whom the meeting directs, not the body that met. Closed class: the verbs of
 * a direction (as in the section cues), folded, and at most two words between ("the town").
 */
const ADDRESSEE_BEFORE =
  /(?:yeu cau|de nghi|giao cho|giao|chi dao|luu y|ask|asked|asks|require|required|requires|tell|told|urge|urged|instruct|instructed|direct|directed)(?: [a-z']+){0,2} $/u;

/**
 * The branches `text` names (folded, word-bounded); with `skipTitles`, not those inside a person's
 * title or addressed by a direction.
 */
export function branchesIn(text: string, skipTitles = false): Set<string> {
  const hay = folded(text);
  const out = new Set<string>();
  for (const b of BODY_BRANCHES) {
    for (const form of b.forms) {
      const needle = folded(form);
      for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
        const before = hay.slice(Math.max(0, i - 60), i + 1);
        if (skipTitles && (TITLE_BEFORE.test(before) || ADDRESSEE_BEFORE.test(before))) continue;
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
