/**
 * A State agency the question names as the body that met ("Hội nghị giao ban quý I năm 2019 của
 * Công an huyện X do ai chủ trì?", "so y te lao cai so ket 6t ai chu tri" typed "So Y te"), against
 * the body whose meeting an article reports. The agency heads are a closed table
 * (`records/vocab.ts` `AGENCY_HEADS`); a question about an agency absent from the articles was
 * answered with the chair of the same place's Party meeting, since its other words all matched.
 *
 * The agency counts as the holder only where the question says so: it opens the question (after
 * meeting words only), a meeting noun and period words only stand before "của <agency>", or a
 * meeting verb follows its name ("Công an huyện X tổ chức …"). An agency inside a post ("Giám đốc
 * Sở …"), addressed ("yêu cầu Công an …") or as a topic ("vốn vay của Ngân hàng") is none of these.
 */

import { AGENCY_HEADS, MEETING_KINDS, MEETING_NOUNS } from '../records/vocab.ts';
import { fold } from '../text/normalize.ts';
import { runAt } from '../text/phrase.ts';

/** The agency a question names as the one that met. */
export interface AskedAgency {
  /** The agency as the question writes it ("Công an huyện Kiến Xương", "Sở Y tế"), for the reader. */
  label: string;
  /** Folded words an article's meeting body must carry ("cong an", "so y te"). */
  needle: string;
}

/**
 * Words (folded) that may stand between a meeting noun and "của <agency>": periods, meeting kinds
 * and a meeting's manner ("cuộc họp khẩn", "hội nghị trực tuyến", "phiên họp thường kỳ"). Closed.
 */
const PERIOD_WORDS = new Set(
  [
    'quy thang nam dau cuoi i ii iii iv q1 q2 q3 q4 6t 9t lan thu',
    'cong tac danh gia ket qua nhiem vu giua ky hop giao ban so ket tong ket',
    'chuyen de mo rong khan thuong ky dinh ky truc tuyen bat thuong',
  ]
    .join(' ')
    .split(' '),
);
/** Meeting words, folded, one per entry ("hoi nghi", "giao ban"). */
const MEETING_WORDS = [...new Set([...MEETING_NOUNS, ...MEETING_KINDS].map((w) => fold(w)))];
/** Verbs by which a body holds a meeting, folded, that may follow its name. Closed. */
const HOLDING_VERBS = ['hop', 'to chuc', 'giao ban', 'so ket', 'tong ket', 'trien khai'];
/** Words of a place or the agency's name that may stand between its head and a holding verb. */
const MAX_NAME_WORDS = 6;

/** Most words of an agency's name after its head ("Y tế", "Tài nguyên và Môi trường" is 4). */
const MAX_AGENCY_NAME = 4;
/** Folded words that end an agency's name typed in lower case: linking, place type and question words. Closed. */
const NAME_END = new Set(
  've do ai nao gi la co cua voi tai o trong nam quy thang huyen tinh thanh thi xa quan phuong hop to chuc'.split(
    ' ',
  ),
);

const words = (s: string): string[] => s.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const isPeriodWord = (w: string): boolean => PERIOD_WORDS.has(w) || /^\d+(?:\/\d+)*$/u.test(w);
const isCapital = (w: string | undefined): boolean => w !== undefined && /^\p{Lu}/u.test(w);

/** Whether the folded words `ws` start with the folded phrase `p` at `i`. */
function phraseAt(ws: readonly string[], i: number, p: string): boolean {
  return runAt(ws, p.split(' '), i);
}

/** The number of words of a meeting word or period word run ending just before `end` (0 when none). */
function meetingRunBefore(ws: readonly string[], end: number): boolean {
  let i = end - 1;
  while (i >= 0) {
    const meeting = MEETING_WORDS.find((m) => {
      const n = m.split(' ').length;
      return i - n + 1 >= 0 && phraseAt(ws, i - n + 1, m);
    });
    if (meeting) return true;
    if (!isPeriodWord(ws[i] as string)) return false;
    i--;
  }
  return false;
}

/** Only meeting words (or nothing) stand before `end`: the agency opens the question. */
function opensQuestion(ws: readonly string[], end: number): boolean {
  let i = 0;
  while (i < end) {
    const m = MEETING_WORDS.find((p) => phraseAt(ws, i, p));
    if (!m) return false;
    i += m.split(' ').length;
  }
  return true;
}

/** A holding verb within {@link MAX_NAME_WORDS} words after the head, with no "của" on the way. */
function heldAfter(ws: readonly string[], from: number): boolean {
  for (let i = from; i < ws.length && i <= from + MAX_NAME_WORDS; i++) {
    if (ws[i] === 'cua') return false;
    if (HOLDING_VERBS.some((v) => phraseAt(ws, i, v))) return true;
  }
  return false;
}

/** The agency the question names as the body that met, or null (see the file's comment). */
export function askedAgency(question: string): AskedAgency | null {
  const raw = words(question.normalize('NFC'));
  const ws = raw.map((w) => fold(w));
  for (let i = 0; i < ws.length; i++) {
    for (const head of AGENCY_HEADS) {
      const hw = words(fold(head.form));
      if (!phraseAt(ws, i, hw.join(' '))) continue;
      const after = i + hw.length;
      // "Sở Y tế", "Bo Y te": capitalised head and name; the name's capitalised words are the agency's.
      let end = after;
      const ofMeeting = ws[i - 1] === 'cua' && meetingRunBefore(ws, i - 1);
      if (head.named && isCapital(raw[i]) && isCapital(raw[after])) {
        while (end < raw.length && isCapital(raw[end]) && end - after < MAX_AGENCY_NAME) end++;
        // A lower-case word after a capitalised one belongs to the name ("Y tế", "Bo Y te").
        if (end < raw.length && end - after === 1 && /^\p{Ll}/u.test(raw[end] as string) && ws[end] !== 'cua')
          end++;
      } else if (head.named) {
        // Typed in lower case, a common syllable is an agency's head only as the meeting's holder
        // ("cuộc họp khẩn của bộ y tế"); its name runs to a linking, place or question word.
        if (!ofMeeting) continue;
        while (end < ws.length && !NAME_END.has(ws[end] as string) && end - after < MAX_AGENCY_NAME) end++;
        if (end === after) continue;
      }
      const holder = opensQuestion(ws, i) || ofMeeting || heldAfter(ws, end);
      if (!holder) continue;
      return { label: raw.slice(i, end).join(' '), needle: ws.slice(i, end).join(' ') };
    }
  }
  return null;
}

/** Whether an article's meeting (its body's names and its headline) is another body's than the agency asked. */
export function agencyUnmet(asked: AskedAgency, names: string): boolean {
  return !` ${words(fold(names)).join(' ')} `.includes(` ${asked.needle} `);
}
