/**
 * A who-question that names no role of the reports ("Ai là thư ký hội nghị X?", "ai dẫn chương
 * trình hội nghị X", "Thư ký hội nghị X là ai?") asks for someone by words of its own, which the
 * sentence answering it must carry: the meeting's chair is no answer to it (target.ts makes it an
 * open target, answer/lines.ts finds the sentence). An English one ("Who took the minutes at …",
 * "Who was the MC of …") is read by {@link whoAskedWordsEn}: its words cannot be checked against a
 * Vietnamese sentence, so it is left unanswered rather than given the chair. A follow-up asking
 * nothing of its own ("Còn ai nữa?", "ai vậy", "Who else?") has no such words.
 */
import {
  DISCIPLINE_FORMS,
  DISCIPLINE_WORDS,
  MEETING_KINDS,
  MEETING_NOUNS,
  MEETING_NOUNS_EN,
} from '../records/vocab.ts';
import { fold, syllables } from '../text/normalize.ts';
import { writesAnyFolded } from '../text/phrase.ts';
import { isEnglishFunctionWord } from './untranslated.ts';

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
/**
 * Posts of a working group or sub-committee a meeting sets up ("do đồng chí X làm Tổ trưởng"),
 * folded: asked alone, since what follows them names the group, which the sentence words otherwise.
 */
const GROUP_POSTS = ['to truong', 'to pho', 'truong tieu ban'];

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
  const sanction = sanctionAsked(text);
  if (sanction) return sanction;
  // "Tổ trưởng tổ công tác … là ai?": the post opening the question is asked (the words after it name
  // its group); "Ai làm Tổ trưởng …?" is read as a holder's question, as before.
  const folded = syllables(fold(text).toLowerCase()).join(' ');
  const post = WHO_FIRST.test(folded) ? undefined : GROUP_POSTS.find((p) => folded.startsWith(`${p} `));
  if (post && WHO_LAST.test(folded)) return post;
  const words = askedWords(folded);
  return words && OTHER_PARTS.some((p) => ` ${words} `.includes(` ${p} `)) ? words : null;
}

/**
 * The form of discipline a who-question names ("cán bộ nào bị kỷ luật cảnh cáo", "Who received a
 * disciplinary warning"), folded Vietnamese ("canh cao"; "ky luat" when no form is named), or
 * null: the person asked is the one disciplined, whom the sentence naming the sanction names,
 * never the meeting's chair.
 */
export function sanctionAsked(text: string): string | null {
  const form = DISCIPLINE_FORMS.find((f) => writesAnyFolded(text, f.forms));
  if (form) return fold(form.key);
  return writesAnyFolded(text, DISCIPLINE_WORDS.forms) ? fold(DISCIPLINE_WORDS.key) : null;
}

/** The folded words right after "ai (là)" or before "là ai", particles only excepted; or null. */
function askedWords(folded: string): string | null {
  const first = WHO_FIRST.exec(folded);
  if (first?.[1]) return wordsBeforeMeeting(first[1]);
  const last = WHO_LAST.exec(folded);
  return last?.[1] ? wordsBeforeMeeting(last[1]) : null;
}

/**
 * English verbs of a part in a meeting that no role cue reads, with the Vietnamese verb reports
 * write for them. Closed class; the object after the verb is not translated (the verb alone is
 * matched).
 */
export const ACT_VERBS_EN: Readonly<Record<string, string>> = {
  moderated: 'điều hành',
  moderates: 'điều hành',
  moderate: 'điều hành',
  ran: 'điều hành',
  steered: 'điều hành',
  steer: 'điều hành',
  facilitated: 'điều hành',
  opened: 'khai mạc',
  welcomed: 'chào mừng',
  awarded: 'trao',
  presented: 'trao',
  handed: 'trao',
  announced: 'công bố',
  read: 'đọc',
  received: 'tiếp',
  hosted: 'tiếp',
  signed: 'ký',
  introduced: 'giới thiệu',
  briefed: 'thông tin',
  answered: 'trả lời',
  explained: 'giải trình',
  // Passive: the person asked is the one given the task ("Who was assigned to monitor …").
  assigned: 'giao',
  tasked: 'giao',
};

/**
 * The verb after "who" of an English question, lower case ("Who moderated …" → moderated); in the
 * passive, the verbs a person is given a task by ("Which provincial leader was assigned to …").
 */
export function englishActVerb(text: string): string | null {
  return (PASSIVE_ACTED_EN.exec(text) ?? WHO_ACTED_EN.exec(text))?.[1]?.toLowerCase() ?? null;
}
/** The people asked by a noun of persons ("which officials", "which provincial leader"). Closed class. */
const PERSONS_EN =
  '(?:who|which\\s+(?:[a-z]+\\s+)?(?:officials?|leaders?|people|persons?|cadres?|members?|delegates?))';
/** "Who <verb>", "Which officials <verb>". */
const WHO_ACTED_EN = new RegExp(`\\b${PERSONS_EN}\\s+(?:[a-z]+ly\\s+)?([a-z]+)\\b`, 'iu');
/** "Who was assigned …", "Which leader has been tasked …": only the task-giving verbs, whose subject is the person asked. */
const PASSIVE_ACTED_EN = new RegExp(
  `\\b${PERSONS_EN}\\s+(?:was|were|is|are|has been|have been|had been|got)\\s+(?:[a-z]+ly\\s+)?(assigned|tasked)\\b`,
  'iu',
);

// "who (was|did …) <asked words> (at|of|in …) the …": the predicate ends at a preposition before
// the meeting or at a meeting noun.
const WHO_EN = /^\s*who\s+(.+)$/iu;
const EN_ASKED_END = new Set([
  'at',
  'of',
  'in',
  'for',
  'during',
  'on',
  'from',
  'with',
  'about',
  ...MEETING_NOUNS_EN,
]);
/** English words of a follow-up that ask nothing of their own ("Who else?", "Who exactly?"). Closed class. */
const PARTICLES_EN = new Set(['else', 'exactly', 'then', 'again', 'there']);
// A word of a name: capital then lower case ("Nguyen"); an acronym ("MC") is no name.
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;

/**
 * The words an English who-question asks by, when it names no role of the reports (`ROLE_CUES` in
 * target.ts is checked first): "Who took the minutes at the … meeting?" → "minutes"; "Who
 * was the MC of …" → "mc". Null when its predicate holds only function words ("Who was it?",
 * "Who else?"). No Vietnamese sentence can be checked against such words, so the chair is no
 * answer to the question and the reply is "not found".
 */
export function whoAskedWordsEn(text: string): string | null {
  const sanction = sanctionAsked(text);
  if (sanction) return sanction;
  const m = WHO_EN.exec(text);
  // An act of the closed table ("Who moderated …") is answered by whoever the article writes doing it.
  if (!m?.[1] || ACT_VERBS_EN[englishActVerb(text) ?? ''] !== undefined) return null;
  const out: string[] = [];
  let named = true;
  for (const typed of m[1].split(/[^\p{L}\d-]+/u).filter(Boolean)) {
    const w = typed.toLowerCase();
    if (EN_ASKED_END.has(w) || EN_ASKED_END.has(w.replace(/s$/, ''))) break;
    if (isEnglishFunctionWord(w) || PARTICLES_EN.has(w)) continue;
    out.push(w);
    named &&= TITLE_CASE.test(typed);
  }
  // "Who is Nguyen Van Son?" asks about a person by name, not for a part in a meeting.
  return out.length > 0 && !named ? out.join(' ') : null;
}
