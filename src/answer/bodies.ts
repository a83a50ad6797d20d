/**
 * The branch of government a question pins a meeting to (People's Council, People's Committee,
 * Fatherland Front: `BODY_BRANCHES`), against the body whose meeting an article reports. "Kỳ họp
 * HĐND huyện X" is not answered by the Huyện ủy's review of X, however well its sentences match.
 */

import { ASSIGNED_CUES } from '../query/list-vocab.ts';
import type { MeetingRecord } from '../records/types.ts';
import { BODY_BRANCHES, PROVINCE_BODY_FORMS, SECTION_CUES } from '../records/vocab.ts';
import { fold } from '../text/normalize.ts';

const folded = (s: string): string => ` ${fold(s).replace(/[^\p{L}\p{N}']+/gu, ' ')} `;
// A branch named inside a person's title ("Chủ tịch UBND huyện chủ trì") names the person, not the meeting.
const TITLE_BEFORE = /(?:chu tich|chairman|chairwoman|chairperson|vice chair)(?: [a-z']+){0,3} $/u;

// Folded once: every candidate article is checked against every form.
const FOLDED_BRANCHES = BODY_BRANCHES.map((b) => ({ branch: b.branch, needles: b.forms.map(folded) }));

/** The branches `text` names (folded, word-bounded): an article's meeting body and headline. */
export function branchesIn(text: string): Set<string> {
  const hay = folded(text);
  return new Set(FOLDED_BRANCHES.filter((b) => b.needles.some((n) => hay.includes(n))).map((b) => b.branch));
}

/** Words before a branch where a verb addressing it stands ("đề nghị MTTQ", "asked the Front"). */
const ADDRESSED_WINDOW = 3;
/** Words after a branch where a verb of attending stands ("đại diện MTTQ dự họp"). */
const ATTENDED_WINDOW = 4;
// Verbs by which a meeting addresses a body: it directs or assigns, it does not hold. Closed class.
const ADDRESSING = [
  ...SECTION_CUES.directive,
  ...ASSIGNED_CUES,
  'ask',
  'asks',
  'asked',
  'urge',
  'urged',
  'request',
  'requested',
  'called on',
];
// A body that attends a meeting does not hold it. Closed class.
const ATTENDING = ['dự', 'tham dự', 'attend', 'attends', 'attended', 'attending'];

/** ` a b c ` as words: lower case, punctuation dropped; folded too when `folds` (a question typed without diacritics). */
const spaced = (s: string, folds: boolean): string =>
  ` ${(folds ? fold(s) : s.toLowerCase()).replace(/[^\p{L}\p{N}']+/gu, ' ')} `;
const hasWord = (words: string, phrases: readonly string[], folds: boolean): boolean =>
  phrases.some((p) => words.includes(spaced(p, folds)));

/**
 * The branches a question pins its meeting to: every branch it names ("Kỳ họp HĐND huyện", "UBND
 * huyện X họp", "Who chairs the … People's Council?"), except one the meeting addressed ("Bí thư
 * đề nghị MTTQ và các đoàn thể …", "asked the Fatherland Front"), one that attended it ("MTTQ dự
 * họp") and one inside a person's title ("Chủ tịch UBND huyện chủ trì …"). Pinning by default
 * keeps another body's meeting from answering; only a body shown not to hold it is let go.
 */
export function heldBranchesIn(text: string): Set<string> {
  const folds = fold(text) === text.toLowerCase();
  const out = new Set<string>();
  for (const clause of text.split(/[,.;:?!()]/u)) {
    const hay = spaced(clause, true);
    const words = spaced(clause, folds).trim().split(' ');
    for (const b of BODY_BRANCHES) {
      for (const form of b.forms) {
        const needle = spaced(form, true);
        for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
          if (TITLE_BEFORE.test(hay.slice(Math.max(0, i - 40), i + 1))) continue;
          // Word positions of the form within the clause (folding keeps the word count).
          const at = hay
            .slice(0, i + 1)
            .trim()
            .split(' ')
            .filter(Boolean).length;
          const end = at + needle.trim().split(' ').length;
          const before = ` ${words.slice(Math.max(0, at - ADDRESSED_WINDOW), at).join(' ')} `;
          const after = ` ${words.slice(end, end + ATTENDED_WINDOW).join(' ')} `;
          if (hasWord(before, ADDRESSING, folds) || hasWord(after, ATTENDING, folds)) continue;
          out.add(b.branch);
        }
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
