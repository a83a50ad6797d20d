/**
 * A who-question that names no role of the reports ("Ai là thư ký hội nghị X?", "ai dẫn chương
 * trình hội nghị X", "Thư ký hội nghị X là ai?") asks for someone by words of its own, which the
 * sentence answering it must carry: the meeting's chair is no answer to it (target.ts makes it an
 * open target, answer/lines.ts finds the sentence). Vietnamese only: an English question's words
 * cannot be checked against a Vietnamese sentence. A follow-up asking nothing of its own ("Còn ai
 * nữa?", "ai vậy") has no such words.
 */
import { MEETING_KINDS, MEETING_NOUNS } from '../records/vocab.ts';
import { fold, syllables } from '../text/normalize.ts';

/** Where the asked words end: a meeting's noun or kind, or a linking word before the meeting. */
const ASKED_END = [
  ...new Set(
    [...MEETING_NOUNS, ...MEETING_KINDS, 'tại', 'của', 'trong', 'ở'].map((w) => fold(w).toLowerCase()),
  ),
];
/**
 * Words of a follow-up that ask nothing of their own, folded: particles ("nữa", "vậy", "thế") and
 * the pronouns that point back to a person named before ("ông ấy", "người đó"). Closed class.
 */
const PARTICLES = new Set([
  ...[
    'nua',
    'vay',
    'the',
    'do',
    'ay',
    'ha',
    'nhi',
    'khong',
    'ko',
    'k',
    'a',
    'z',
    'v',
    'con',
    'nao',
    'day',
    'kia',
    'nay',
  ],
  ...['ong', 'ba', 'anh', 'chi', 'nguoi', 'dong', 'vi', 'ho', 'co', 'chu', 'bac'],
]);
/** At most this many words ask ("phát biểu tham luận", "dẫn chương trình"). */
const MAX_ASKED_WORDS = 4;
// "ai (là|làm) …" or "người nào / đồng chí nào (là) …", and "… là ai" at the end.
const WHO_FIRST = /(?:^|\s)(?:ai|nguoi nao|dong chi nao)\s+(?:la\s+|lam\s+)?(.+)$/u;
const WHO_LAST = /^(.+?)\s+(?:la|lam)\s+(?:ai|nguoi nao|dong chi nao)\s*$/u;

/** The words before the first meeting word of `rest` (folded), at most `MAX_ASKED_WORDS`, or null. */
function wordsBeforeMeeting(rest: string): string | null {
  const words = rest.split(' ').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length && out.length < MAX_ASKED_WORDS; i++) {
    const tail = words.slice(i).join(' ');
    if (ASKED_END.some((e) => tail === e || tail.startsWith(`${e} `))) break;
    out.push(words[i] as string);
  }
  return out.some((w) => !PARTICLES.has(w)) ? out.join(' ') : null;
}

/**
 * Parts in a meeting that are not its chair, folded: the meeting's secretary, its host (MC), a
 * speaker of a paper, who presented awards or was awarded, who
 * replaced whom. Closed class (the parts reports name besides the roles of `ROLE_CUES`). A who-
 * question naming none of them and no role keeps the chair: measured on the frozen dialogues, the
 * role-less who-questions people ask ("… là ai?") mean the chair.
 */
const OTHER_PARTS = [
  'thu ky',
  'dan chuong trinh',
  'mc',
  'tham luan',
  'trao thuong',
  'phat thuong',
  'khen thuong',
  'thay',
];

/**
 * The folded words a Vietnamese who-question asks by when they name a part other than the chair
 * ("thu ky", "dan chuong trinh", "thay dong chi ma"), or null.
 */
export function whoAskedWords(text: string): string | null {
  const words = askedWords(text);
  return words && OTHER_PARTS.some((p) => ` ${words} `.includes(` ${p} `)) ? words : null;
}

/** The folded words right after "ai (là)" or before "là ai", particles only excepted; or null. */
function askedWords(text: string): string | null {
  const folded = syllables(fold(text).toLowerCase()).join(' ');
  const first = WHO_FIRST.exec(folded);
  if (first?.[1]) return wordsBeforeMeeting(first[1]);
  const last = WHO_LAST.exec(folded);
  return last?.[1] ? wordsBeforeMeeting(last[1]) : null;
}
