/**
 * Acts a question can ask about that meeting records never hold — who *replaced* whom, who was
 * *elected* or *appointed*, who *stepped down*, and *why* something happened. A report names
 * people in their roles at one meeting; it rarely says that one succeeded another or why. Asked
 * "Ai thay đồng chí X làm Bí thư?", the meeting's chair is no answer, nor is X's own sentence:
 * only a quote that states the act itself (its verb, or a stated cause for "why") answers.
 *
 * Closed tables: the verbs of personnel changes and the words that state a cause, in Vietnamese
 * (both spellings) and English.
 */
import { WHY_EN } from '../query/target.ts';
import { TITLE_HEADS } from '../records/vocab.ts';
import { fold } from '../text/normalize.ts';

/** A word-bounded alternation in both spellings: as written, and folded for a question typed without diacritics. */
interface Forms {
  exact: RegExp;
  folded: RegExp;
}

/** One act: how a question asks about it and how a sentence states it. */
interface Act {
  /** The act, for the "not found" message. */
  name: { vi: string; en: string };
  /** The question asks about the act. */
  asked: Forms;
  /** A sentence states the act. */
  stated: Forms;
}

const L = '\\p{L}';
const bounded = (alts: string): RegExp => new RegExp(`(?<![${L}])(?:${alts})(?![${L}])`, 'iu');
// Folding is lossy ("thấy" → "thay", "đó" → "do", "vị" → "vi"): the folded form is used only for a
// question typed without diacritics; articles are always matched as written.
const folded = (alts: string, plainAlts = fold(alts)): Forms => ({
  exact: bounded(alts),
  folded: bounded(plainAlts),
});

// "thay" is also "thay đổi" (change) and "thay mặt" (on behalf of): neither replaces anyone.
const REPLACE = folded(
  'thay(?! (?:đổi|mặt|thế cho nhau))|thay thế|kế nhiệm|tiếp quản|replac(?:e|ed|es|ing)|succe(?:ed|eded|ssor)',
  // Typed plain, "thay" is also "thấy" (sees, "cho thấy"): only "thay thế" or "thay" before a person.
  'thay the|thay (?:dong chi|dc|đc|ong|ba)|ke nhiem|tiep quan|replac(?:e|ed|es|ing)|succe(?:ed|eded|ssor)',
);
// "hiệp thương" alone is the Front's election by consultation ("mttq hiep thuong pho ct").
const ELECT = folded('bầu|trúng cử|hiệp thương cử|hiệp thương|elect(?:ed|s)?|vot(?:ed|es) (?:in|for)|chosen');
const APPOINT = folded('bổ nhiệm|chỉ định|điều động|luân chuyển|appoint(?:ed|s|ments?)?|transferr?(?:ed)?');
const LEAVE = folded(
  'thôi (?:giữ chức|làm|nhiệm vụ)|không còn (?:làm|giữ)|nghỉ hưu|từ chức|miễn nhiệm|cách chức|stop(?:ped)? being|no longer|step(?:ped)? down|resign(?:ed)?|retire(?:d)?|dismiss(?:ed)?',
);
// A cause: "do …" (not the agent "do đồng chí X chủ trì"), "vì", "bởi", "nguyên nhân", "because".
// Typed plain, "ly do" before the agent ("cách ly do ai chủ trì", "do đồng chí nào") is "… ly" then
// "do <agent>" (by whom), not "lý do" (reason): the agents are those "do" takes in CAUSE_STATED.
const WHY_ASKED = folded(
  `vì sao|tại sao|lý do|nguyên nhân|${WHY_EN}`,
  `vi sao|tai sao|ly do(?! (?:ai|dong chi|dc|đc|ong|ba|cac dong chi|ubnd|hdnd|huyen uy|tinh uy|ban))|nguyen nhan|${WHY_EN}`,
);
const CAUSE_STATED = folded(
  'do(?! (?:đồng chí|ông|bà|các đồng chí|ubnd|hđnd|huyện ủy|tỉnh ủy|ban))|vì|bởi|nguyên nhân|lý do|because|due to|owing to|as a result',
);

/** The acts, most specific first. Closed: the personnel changes a report may state, and causes. */
const ACTS: readonly Act[] = [
  { name: { vi: 'người thay thế', en: 'who replaced whom' }, asked: REPLACE, stated: REPLACE },
  { name: { vi: 'việc thôi giữ chức', en: 'leaving the post' }, asked: LEAVE, stated: LEAVE },
  { name: { vi: 'việc bầu', en: 'an election' }, asked: ELECT, stated: ELECT },
  { name: { vi: 'việc bổ nhiệm', en: 'an appointment' }, asked: APPOINT, stated: APPOINT },
  { name: { vi: 'nguyên nhân', en: 'the reason' }, asked: WHY_ASKED, stated: CAUSE_STATED },
];

/**
 * The act the question asks about that the quoted sentences do not state (its name in the
 * question's language), or null when none is asked or every one asked is stated. A "why" question
 * asks for the reason, whatever else it names ("vì sao … không còn làm Bí thư"), so it is checked
 * for a stated cause only. With `countsSomething` (a "how many" question) only a cause is checked.
 */
export function unstatedAct(
  question: string,
  quoted: string,
  lang: 'vi' | 'en',
  countsSomething = false,
): string | null {
  const plain = fold(question).toLowerCase() === question.toLowerCase();
  const asks = (a: Act) => (plain ? a.asked.folded : a.asked.exact).test(question);
  const why = ACTS[ACTS.length - 1]!;
  // A count asks no personnel change: "how many makeshift houses did X replace" counts houses.
  const asked = asks(why) ? [why] : countsSomething ? [] : ACTS.filter(asks);
  const missing = asked.find((a) => !a.stated.exact.test(quoted));
  return missing ? missing.name[lang] : null;
}

/**
 * Whether the question asks why ("vì sao", "nguyên nhân", "why"): then a sentence stating a cause
 * ({@link statesCause}) is the answer, and no other (see {@link unstatedAct}).
 */
export function asksCause(question: string): boolean {
  const plain = fold(question).toLowerCase() === question.toLowerCase();
  return (plain ? WHY_ASKED.folded : WHY_ASKED.exact).test(question);
}

/** Whether an article's sentence states a cause ("Nguyên nhân chủ yếu là …", "do …", "vì …"). */
export function statesCause(sentence: string): boolean {
  return CAUSE_STATED.exact.test(sentence);
}

// A personal name: two to five capitalised syllables ("Trịnh Thu Phương"); a syllable of the
// Central Highlands' names may join two with an apostrophe ("Rơ Mah H'Liên", "Ksor H’Mai").
const NAME_SYLLABLE = "\\p{Lu}[\\p{Ll}\\p{M}]*(?:['’]\\p{L}[\\p{Ll}\\p{M}]*)?";
const NAME = `${NAME_SYLLABLE}(?:\\s+${NAME_SYLLABLE}){1,4}`;
// The honorific or title word before a name the act takes ("bầu bà …", "bổ nhiệm đồng chí …").
const BEFORE_NAME = '(?:(?:ông|bà|đồng chí|đ/c)\\s+)?';
/** Words that qualify a personnel act before its person ("bầu bổ sung", "bổ nhiệm lại"). Closed. */
const ACT_QUALIFIERS = '(?:bổ sung|lại)';
/** The acts whose person follows the verb ("đã bầu bà X", "bổ nhiệm ông Y") or precedes "được …". */
// `subject`: the verbs whose person stands before them without "được" ("đồng chí X, … trúng cử").
const PERSON_ACTS = [
  { asked: ELECT, verbs: 'bầu|trúng cử|hiệp thương cử|hiệp thương', subject: 'trúng cử' },
  { asked: APPOINT, verbs: 'bổ nhiệm|chỉ định|điều động', subject: null },
].map((a) => ({
  asked: a.asked,
  // Global, read with matchAll only (each call its own copy): every match is tried, a post's first.
  object: new RegExp(`(?<![${L}])(?:${a.verbs})(?:\\s+${ACT_QUALIFIERS})?\\s+${BEFORE_NAME}(${NAME})`, 'gu'),
  passive: new RegExp(
    `(${NAME})(?:,[^,.;]{1,80}){0,3},?\\s+(?:đã\\s+)?(?:được\\s+(?:${a.verbs})${a.subject ? `|${a.subject}` : ''})(?![${L}])`,
    'gu',
  ),
}));

/**
 * "HĐND tỉnh đã bầu ai giữ chức Phó Chủ tịch …?", "Who was appointed …?": the person `sentence`
 * states the asked personnel act of ("đã bầu bà Trịnh Thu Phương, …", "ông X được bổ nhiệm …"), or
 * null when the question asks no such act or the sentence states none.
 */
export function personOfAct(question: string, sentence: string): string | null {
  for (const act of actsAsked(question)) {
    for (const re of [act.object, act.passive]) {
      // "hiệp thương cử bổ sung Phó Chủ tịch": a post's capitalised words are no person.
      const m = [...sentence.matchAll(re)].find((x) => x[1] && !TITLE_START.test(x[1]));
      if (m?.[1]) return m[1];
    }
  }
  return null;
}

/** A run of capitalised words that opens with a post ("Phó Chủ", "Bí thư"), not a name. */
const TITLE_START = new RegExp(`^(?:${TITLE_HEADS.map((h) => h.split(' ')[0]).join('|')})(?![\\p{L}])`, 'u');

/** The personnel acts with a person (election, appointment) the question asks about. */
function actsAsked(question: string): typeof PERSON_ACTS {
  const plain = fold(question).toLowerCase() === question.toLowerCase();
  return PERSON_ACTS.filter((act) => (plain ? act.asked.folded : act.asked.exact).test(question));
}

/** The question asks who an election or appointment gave a post ("Ai được bầu …", "Who was appointed …"). */
export function asksPersonOfAct(question: string): boolean {
  return actsAsked(question).length > 0;
}
