/**
 * The support check, applied to every article's answer before it is stated: the cited sentences
 * must carry what the question asks, not merely share its names. An answer to another question
 * than the one asked (the budget for "how many billion did fishing earn", the lead sentence for
 * "what about digital transformation", a participant of another title for "who is the Vice
 * Chairman", a share of the plan for "how much did it rise year on year") is the product's worst
 * outcome; "not found, the closest is …" is better.
 *
 * Every rule is general (no topic, place or person of any question set) and works on the
 * question's frame and the idf of its words:
 * - *content*: for a figure or an open question, the cited sentences cover at least
 *   `minQuoteSupport` of the question's content weight (idf; names, places, time words, question
 *   words, the asked unit and the meeting's own headline words set aside);
 * - *qualifier*: the words that qualify the counted noun ("lượt khách quốc tế") are in the cited
 *   sentence, or at least written in the cited article (one that never writes them states no
 *   figure for them);
 * - *kind*: a change asked ("tăng bao nhiêu so với cùng kỳ") is answered by a sentence stating a
 *   change;
 * - *title*: "ai là Phó Chủ tịch UBND tỉnh …" is answered by a person the article gives that title;
 * - *names*: every name the question gives (a person, a body; places are units, checked by the
 *   candidate filter) is in the cited article.
 * Thresholds are in `ANSWER_OPTIONS` (options.ts).
 */

import type { Place } from '../place/types.ts';
import { barePersonNames } from '../query/bare-person.ts';
import { englishPostsNamed, englishTitleWritten } from '../query/english-titles.ts';
import { VI_STOP, VI_STOP_FOLDED } from '../query/lexicon.ts';
import {
  ANSWER_KIND_NOUNS,
  ANSWER_KIND_NOUNS_EN,
  OPEN_WHAT_EN,
  OPEN_WHAT_VI,
  PLACE_HEADS_EN,
} from '../query/list-vocab.ts';
import type { ParsedQuestion } from '../query/parse.ts';
import { COMPARE, TOTAL_WORDS } from '../query/target.ts';
import { untranslatedWords } from '../query/untranslated.ts';
import type { FigureRecord } from '../records/types.ts';
import {
  alternation,
  eitherSpelling,
  FUTURE_ASKED,
  FUTURE_STATED,
  KIND_CUES,
  MEASURE_NOUNS,
  MEETING_KINDS,
  MEETING_NOUNS,
  NOT_WORD_AFTER,
  NOT_WORD_BEFORE,
  PARTY_DEPARTMENTS_EN,
  PERCENT_WORDS,
  PLACE_LEVELS,
  PLACE_LEVELS_EN,
  QUALIFIERS,
  REPORT_FRAME_WORDS,
  ROLE_VERBS,
  SCALES,
  SECTION_CUES,
  SECTION_QUESTION_WORDS,
  TITLE_BODIES,
  TITLE_HEADS,
  TOPIC_CUES,
  UNITS,
  YES_NO_TAIL_WORDS,
} from '../records/vocab.ts';
import { isDictionaryWord } from '../text/dictionary.ts';
import { fold, syllables } from '../text/normalize.ts';
import { containsRun, syllablePairs, writesAnyFolded } from '../text/phrase.ts';
import { escapeRegExp } from '../text/regex.ts';
import { personOfAct, unstatedAct } from './acts.ts';
import {
  addressedBranchesIn,
  askedBody,
  asksProvinceBody,
  branchesIn,
  branchLabel,
  statesLowerUnitFigure,
} from './bodies.ts';
import type { Candidate } from './candidates.ts';
import { hasConstraints, namesBareGrain, quoteOutOfTime, timeLabels } from './constraints.ts';
import { departmentPosts } from './department-posts.ts';
import { askedConcepts, conceptCoverage } from './english-concepts.ts';
import { contentCoverage, type EvidenceQuery, framedSyllables, uncheckable } from './evidence.ts';
import { figureClause, figureOfOtherYear, lineFigure, statesOtherYear, statesPeriod } from './figure-time.ts';
import { Haystack } from './haystack.ts';
import { headlineOf } from './headline.ts';
import { ANSWER_OPTIONS } from './options.ts';
import { roleNotHeld } from './person-role.ts';
import { entityIsPlace, FULL_NAME, inPlacePosition, placeFit, unknownPlace } from './places.ts';
import { quoteUnwritten } from './quoted-words.ts';
import type { DocAnswer } from './render.ts';
import { roundupOtherPlace } from './roundup-place.ts';
import { EXPECTED_EN, namesPlan } from './targets.ts';
import { askedTitleOf, BODIES, HEADS, holdsTitle, LEVELS } from './titles.ts';
import { askedUnit } from './units.ts';
import { statesPartFigure, wholeAsked } from './whole-asked.ts';
import { wordWrittenApart } from './word-apart.ts';
import {
  carriedSyllables,
  contentPairs,
  FramePhrases,
  markedView,
  pairText,
  phrasePairs,
  writesPair,
} from './word-pairs.ts';

/** Why an article's answer is not stated, and what of the question it does not bear out. */
export interface Unsupported {
  reason: 'content' | 'qualifier' | 'kind' | 'title' | 'names' | 'time' | 'future' | 'topic' | 'act' | 'role';
  /** The words of the question the cited text does not carry, as the question writes them. */
  label: string;
}

/** The opening of a body, where it says whose meeting it is (its words name the meeting). */
const LEAD_CHARS = 300;

/** The verbs of presenting (the presenter's sentence states them by definition), written and folded. */
const PRESENTING_VERBS = 'trình bày trinh bay present presented presents';

/**
 * Words of a role or date question's frame (role verbs, titles, "diễn ra", "tổ chức", "ngày nào"):
 * they ask what is wanted, not which meeting. Closed class.
 */
const DESCRIBED_FRAME = new FramePhrases([
  ...Object.keys(ROLE_VERBS),
  ...TITLE_BODIES,
  ...TITLE_HEADS,
  ...MEETING_NOUNS,
  ...MEETING_KINDS,
  'diễn ra',
  'tổ chức',
  'khai mạc',
  'ngày nào',
  'thời gian',
  'vào ngày',
  'đồng chí',
]);

/** The function words of a question: stop words and the tails of a yes/no question. */
const FUNCTION_WORD_LIST = [...VI_STOP, ...YES_NO_TAIL_WORDS];
const ONE_SYLLABLE_FUNCTION_WORDS = FUNCTION_WORD_LIST.filter((w) => !w.includes(' '));
/** The single-syllable function words, written and folded. */
const FUNCTION_SYLLABLES = {
  plain: new Set(ONE_SYLLABLE_FUNCTION_WORDS),
  folded: new Set(ONE_SYLLABLE_FUNCTION_WORDS.map((w) => fold(w))),
};

/**
 * A question asking the hour ("mấy giờ", "giờ nào", "what time"), and an hour stated ("8 giờ",
 * "14h30", "7h"), both folded (a question may mark some words only). Closed class: how Vietnamese
 * and English ask and write a clock time.
 */
const CLOCK_ASKED = /(?<![a-z])(?:may gio|gio nao|what time|at what hour)(?![a-z])/u;
const CLOCK_STATED = /(?<![\p{L}\d])\d{1,2}\s?(?:gio|h)(?:\s?\d{2})?(?![a-z])/u;

/** Words of the figure frame: they ask for a percentage or a change, not what is measured. */
const FIGURE_FRAME = [
  ...PERCENT_WORDS,
  ...KIND_CUES.flatMap((c) => [...c.before, ...(c.after ?? [])]),
  ...TOTAL_WORDS,
  'cùng kỳ',
  'kế hoạch',
  'dự toán',
].join(' ');

/** Words of an open "what" frame ("bàn về nội dung gì", "what was discussed"): they ask, they are not asked about. */
const OPEN_WHAT_FRAME = [...OPEN_WHAT_VI, ...OPEN_WHAT_EN].join(' ');

/** "lĩnh vực gì", "những vấn đề nào", "what sector": a category noun the question asks the member of. */
const ASKED_KIND = new RegExp(
  `${NOT_WORD_BEFORE}(?:${eitherSpelling(ANSWER_KIND_NOUNS)})(?=\\s+(?:gì|gi|nào|nao)${NOT_WORD_AFTER})|${NOT_WORD_BEFORE}(?:what|which)\\s+(?:${alternation(ANSWER_KIND_NOUNS_EN)})s?${NOT_WORD_AFTER}`,
  'giu',
);

/**
 * Words a quote need not write to say what is asked: the meeting's names (its headline and lead),
 * the frames of figure and open questions, the asked kind's cue words, function words, the asked
 * unit and places, and `unseen` (terms no article writes).
 */
export function contentSkip(q: ParsedQuestion, cand: Candidate, unseen: Iterable<string> = []): string {
  return [
    headlineOf(cand, LEAD_CHARS),
    FIGURE_FRAME,
    OPEN_WHAT_FRAME,
    askedKindWords(q),
    FUNCTION_WORDS,
    ...unseen,
    ...q.unitPhrases,
    ...q.places.map((p) => p.surface),
  ].join(' ');
}

/** Least content coverage (beyond {@link contentSkip}) a quote must have to answer `q`. */
export function minQuoteSupport(q: ParsedQuestion): number {
  return q.lang === 'en' ? ANSWER_OPTIONS.minQuoteSupportEn : ANSWER_OPTIONS.minQuoteSupport;
}

/** The category nouns the question asks a member of ({@link ASKED_KIND}): they frame, the answer need not write them. */
function askedKindWords(q: ParsedQuestion): string {
  // "Địa phương nào", "huyện nào": the place asked for, named by the answer's headline.
  const place = WHICH_PLACE.exec(q.text)?.[0] ?? '';
  return `${[...q.text.matchAll(ASKED_KIND)].map((m) => m[0]).join(' ')} ${place}`;
}

const CHANGE_CUES = KIND_CUES.filter((c) => c.kind === 'change').flatMap((c) => [
  ...c.before,
  ...(c.after ?? []),
]);

/**
 * Check one article's answer against the question; null when it is supported, else the first
 * rule it fails.
 */
export function unsupported(
  a: DocAnswer,
  q: ParsedQuestion,
  eq: EvidenceQuery,
  /** Question terms no article of the index contains (a misspelling, "tỉ" for "tỷ"): no evidence either way. */
  unseen: ReadonlySet<string> = new Set(),
  /** Names the question opens that no article writes (word-pairs.ts `unwrittenNamePairs`). */
  unwrittenNames: ReadonlySet<string> = new Set(),
): Unsupported | null {
  const { cand } = a;
  // Every name (a person, a body; places are checked as units by the candidate filter) is in the
  // article. Numbers are not names: a claimed or asked number is what the answer decides.
  const absent = q.entities.filter(
    (e) => !entityIsPlace(e, q.places) && !inPlacePosition(e, q.text) && !cand.hay.hasAsTyped(e, q.folded),
  );
  if (absent.length > 0) return { reason: 'names', label: absent.join(', ') };
  const target = q.target.target;
  // A table's cell is quoted by its row; what its column and caption say is part of the statement.
  const headers = a.lines.flatMap((l) =>
    (cand.records?.figures ?? [])
      .filter((f) => f.header && f.span.start === l.quote.start && f.value === l.amount)
      .map((f) => f.header ?? ''),
  );
  const quoted = [...a.lines.map((l) => cand.body.slice(l.quote.start, l.quote.end)), ...headers].join('\n');
  const said = `${a.lines.map((l) => l.value).join(' ')}\n${quoted}`;
  // Vietnamese words an English question quotes (a pasted headline) name what is asked.
  const pasted = quoteUnwritten(q, `${headlineOf(cand, LEAD_CHARS)}\n${said}`);
  if (pasted) return { reason: 'content', label: pasted };
  // "Who was appointed head of the Natural Resources and Environment Division?": a post asked in
  // English words the glossary cannot render is checked by no sentence (a steering board's head
  // holds "trưởng ban" too); words of a post the title reader understood ("standing deputy Party
  // secretary") are checked by its title below.
  const titleWords = new Set((englishTitleWritten(q.text) ?? '').toLowerCase().split(/\s+/u));
  if (
    target.kind === 'holder' &&
    untranslatedWords(q).some((w) => !titleWords.has(w)) &&
    uncheckable(q, eq, headlineOf(cand, LEAD_CHARS), quoted, ANSWER_OPTIONS.minContentCoverage)
  )
    return { reason: 'topic', label: untranslatedWords(q).join(' ') };
  if (target.kind === 'role' || target.kind === 'holder') {
    const title = askedTitleOf(q.text, q.lang);
    // "Ai làm trưởng đoàn?" names a role (a role verb), not a title the person must hold. Named
    // as the question writes it ("Phó Chủ tịch UBND tỉnh"), not folded.
    // One elected or appointed to it ("đã bầu bà X, … giữ chức vụ Phó Chủ tịch UBND tỉnh") holds
    // the title the sentence stating the act gives.
    const holds = (l: (typeof a.lines)[number]) => {
      const quote = cand.body.slice(l.quote.start, l.quote.end);
      return (
        holdsTitle(l.value, title ?? '') ||
        (personOfAct(q.text, quote) !== null && holdsTitle(quote, title ?? ''))
      );
    };
    if (title && !a.lines.some(holds))
      return {
        reason: 'title',
        label:
          q.lang === 'en'
            ? (englishTitleWritten(q.text) ?? title)
            : (namedTitles(q.text).find((t) => t.folded === title)?.written ?? title),
      };
  }
  // "Ai trình bày tờ trình dự toán ngân sách?": what the presenter presented is named, and the
  // sentence naming the presenter must carry it — the political report is no budget estimate.
  if (target.kind === 'role' && target.role === 'presenter') {
    const skip = [
      headlineOf(cand, LEAD_CHARS),
      FUNCTION_WORDS,
      PRESENTING_VERBS,
      ...unseen,
      ...q.places.map((p) => p.surface),
    ].join(' ');
    const min = q.lang === 'en' ? ANSWER_OPTIONS.minQuoteSupportEn : ANSWER_OPTIONS.minQuoteSupport;
    if (
      contentWords(q, eq, skip).length >= ANSWER_OPTIONS.minContentWords &&
      contentCoverage(quoted, eq, skip) < min
    )
      return { reason: 'content', label: missingWords(q, eq, quoted, skip) };
  }
  // "Ai thay …", "bầu ai …", "vì sao …" (as typed: restoring a plain "thay" may make it "thấy"): only a sentence stating the replacement, the election or
  // a cause answers; the meeting's people are no successors, its lead no reason.
  // Asked the date or place of the meeting "at which it elected …", the act describes the meeting:
  // the article states it, not necessarily the sentence quoted.
  const actIn = target.kind === 'date' || target.kind === 'venue' ? cand.hay.text : quoted;
  const act = unstatedAct(q.raw, actIn, q.lang, q.asks.has('howmany'));
  if (act) return { reason: 'act', label: act };
  // "Who is the Secretary?" with no unit, place, time or name: any article's holder would do, so none answers.
  if (target.kind === 'holder' && q.places.length === 0 && !hasConstraints(q))
    return { reason: 'names', label: HOLDER_OF.exec(q.text)?.[1]?.trim() ?? q.text };
  const commune = communeNotStated(q, a, quoted);
  if (commune) return { reason: 'names', label: commune };
  // A roundup's sentence is about the place of its item: a figure under another district's is its own.
  for (const l of a.lines) {
    const f = lineFigure(cand.records, l);
    const other = roundupOtherPlace(q, cand.doc.title, cand.body, f ? f.at.start : l.quote.end);
    if (other) return { reason: 'names', label: q.places.map((p) => p.surface).join(', ') };
  }
  // Asked about a person in a title, the article must give them that title. Who holds a title,
  // and a person's position (a yes/no claim's title, asked without the claim and stated by the
  // verdict: "Không — X là Phó Bí thư"), are the role checks' own.
  const aboutPerson = ['date', 'figure', 'open', 'section'].includes(target.kind) && !q.target.yesNo;
  const otherRole = aboutPerson ? unheldTitle(q, cand.hay.text) : null;
  if (otherRole) return { reason: 'title', label: otherRole };
  // "Bí thư Tỉnh ủy X đề nghị gì …" from the Thị ủy's briefing: a post the question names that the
  // article never writes is held by no one it names. (A yes/no claim's post is the verdict's.)
  const post = q.target.yesNo ? null : unwrittenPost(q, cand.hay);
  if (post) return { reason: 'title', label: post };
  // "Đồng chí X trình bày báo cáo gì?" about someone the article names only in another role.
  const notHeld = roleNotHeld(q, cand.records);
  if (notHeld) return { reason: 'role', label: notHeld };
  // "… đề nghị HĐND thị xã tập trung gì?": what was asked of that body, which the article must name
  // (the sentence naming it may follow the one cited: "Trong đó, UBND huyện tập trung …").
  const addressed = ['section', 'open'].includes(target.kind) ? unaddressed(q.text, cand.hay.text) : null;
  if (addressed) return { reason: 'names', label: branchLabel(addressed, q.lang) };
  // A meeting's own date is a past one; only a date stated as to come answers a future date.
  if (asksFutureDate(q) && !writesAnyFolded(quoted, FUTURE_STATED))
    return { reason: 'future', label: q.lang === 'en' ? 'a meeting yet to come' : 'cuộc họp sắp tới' };
  // A latest figure ("tỷ lệ hộ nghèo hiện nay") is checked for what it measures, below: the newest
  // article's rate of something else is no answer.
  if (q.latest && target.kind !== 'figure') {
    // "Tin mới nhất về X": the newest article must be about X, not merely the newest.
    const topic = topicUnstated(q, eq, cand.hay.text, unseen);
    if (topic || target.kind !== 'open') return topic;
    return offTopic(q, eq, cand.hay.text, unseen, ANSWER_OPTIONS.minTopicSupport);
  }
  // "Địa phương nào 1.126 hộ được hỗ trợ phát triển sản xuất?": the place is the answer and what it
  // did the whole claim (of a place list too), so the headline and the sentences quoted must write
  // it, its pairs and its numbers: the article writing them elsewhere, of another thing ("1.126 hộ"
  // poor), is no answer.
  if (asksWhichPlace(q)) {
    const claim = `${cand.doc.title}\n${said}`;
    const unwritten =
      numberUnwritten(q, claim) ??
      // English words are not checked against the claim: the glossary's concepts cost a frozen
      // generated question (scale-kinds-2) when tried.
      (q.lang === 'vi'
        ? describedUnwritten(q, eq, claim, ANSWER_OPTIONS.minPlaceClaimPairs, unwrittenNames)
        : null);
    if (unwritten) return { reason: 'content', label: unwritten };
  }
  // "Những xã nào đạt chuẩn … năm 2023": an item dated to another period ("Tháng 6/2024, 3 xã …"
  // in the next year's article) is not of the asked year.
  if (q.list && target.kind === 'open' && q.time.periods.length === 0)
    for (const l of a.lines)
      if (statesOtherYear(cand.body.slice(l.quote.start, l.quote.end), q.time.years))
        return { reason: 'time', label: timeLabels(q)[0] ?? q.time.years.join(', ') };
  if (q.list) return null;
  // "… bắt đầu lúc mấy giờ?": a date is no hour; only an article stating one answers.
  if (target.kind === 'date' && CLOCK_ASKED.test(fold(q.text)) && !CLOCK_STATED.test(fold(cand.hay.text)))
    return { reason: 'content', label: q.lang === 'en' ? 'the time of day' : 'giờ' };
  // "Bảo Yên: Trao 250 suất quà …: ai chủ trì?": the place's briefing has a chair, not that event;
  // the same of its date and venue.
  if ((target.kind === 'role' || target.kind === 'date' || target.kind === 'venue') && q.lang === 'vi') {
    const described = describedUnwritten(
      q,
      eq,
      `${cand.doc.title}\n${cand.hay.text}`,
      ANSWER_OPTIONS.minDescribedPairs,
      unwrittenNames,
    );
    if (described) return { reason: 'content', label: described };
  }
  // A section's words ("chỉ đạo", "hạn chế"), its speakers' and the meeting's own words frame it.
  const sectionFrame = `${SECTION_FRAME} ${headlineOf(cand, LEAD_CHARS)}`;
  if (target.kind === 'section')
    return offTopic(q, eq, said, unseen, ANSWER_OPTIONS.minSectionSupport, sectionFrame);
  if (target.kind === 'figure') {
    // A figure the records read as a plan ("Chỉ tiêu | Kế hoạch 2024 … | 57 triệu đồng", a table
    // flattened into one line) is one, whatever words its quoted clause keeps.
    const planned = a.lines.some((l) =>
      (cand.records?.figures ?? []).some(
        (f) =>
          f.kind === 'target' &&
          f.value === l.amount &&
          f.span.start <= l.quote.start &&
          l.quote.start < f.span.end,
      ),
    );
    const kind = kindUnstated(q, quoted, planned);
    if (kind) return { reason: 'kind', label: kind };
    // A province's figure asked ("tỉnh Sóc Trăng kết nạp bao nhiêu đảng viên"): a district's or
    // town's sentence states another unit's, even in the province's own meeting with that town.
    if (
      asksProvinceBody(q.text, q.places) !== null &&
      a.lines.some((l) => statesLowerUnitFigure(cand.body.slice(l.quote.start, l.quote.end)))
    )
      return { reason: 'qualifier', label: q.lang === 'en' ? 'the province as a whole' : 'toàn tỉnh' };
    // "giải ngân … toàn tỉnh": a project's disbursement is no figure of the whole.
    const whole = wholeAsked(q.text);
    if (
      whole &&
      a.lines.some((l) => statesPartFigure(cand.body.slice(l.quote.start, l.quote.end), whole.folded))
    )
      return { reason: 'qualifier', label: whole.written };
    // A target is set for the period after the one reviewed ("chỉ tiêu năm 2023" at the 2022 review).
    for (const l of target.figure === 'target' ? [] : a.lines) {
      const quote = figureClause(cand.body.slice(l.quote.start, l.quote.end), l, cand.records);
      // A sentence naming no period of its own (a year after "so với" is a comparison base) states
      // the meeting's figure: of the period its headline names ("… 9 tháng năm 2023" is no 2022 rate).
      const other =
        quoteOutOfTime(q, statesPeriod(quote) || namesBareGrain(quote) ? quote : cand.doc.title, cand.doc) ??
        figureOfOtherYear(q, cand.records, l);
      if (other) return { reason: 'time', label: other };
    }
    // "How many resolutions were passed …?": what was done is not what a meeting is yet to do
    // ("Theo dự kiến, kỳ họp sẽ … xem xét 6 dự thảo nghị quyết").
    // Nor what the report sets as a target ("Phấn đấu kết nạp ít nhất 15 đảng viên trong quý IV")
    // when the question asks what was done ("đã kết nạp được bao nhiêu", "did … admit").
    // A plan named ("đạt bao nhiêu % kế hoạch") asks the target beside the result.
    const targetAsked = target.figure === 'target' || namesPlan(q);
    const plannedOrTarget = (f: FigureRecord | undefined) =>
      plannedFigure(cand.body, f) || (!targetAsked && f?.kind === 'target');
    if (asksDone(q) && a.lines.some((l) => plannedOrTarget(lineFigure(cand.records, l))))
      return {
        reason: 'future',
        label:
          q.lang === 'en' ? 'what was done (only what is planned)' : 'kết quả đã thực hiện (chỉ có dự kiến)',
      };
  }
  // A comparison derives the change from two figures (compare.ts asks each side without its
  // compare flag): each alone states none.
  // "giảm" inside a body's name ("Ban Chỉ đạo giảm nghèo bền vững") asks for no change.
  const statesChange =
    target.kind === 'figure' &&
    target.figure === 'change' &&
    !COMPARE.test(q.text) &&
    writesAnyFolded(outsideBodyName(q.text), CHANGE_CUES);
  if (statesChange && !writesAnyFolded(quoted, CHANGE_CUES))
    return { reason: 'kind', label: phraseOf(q.text, CHANGE_CUES) ?? 'so với cùng kỳ' };
  if (target.kind !== 'figure' && target.kind !== 'open') return null;
  const qualifier = unitQualifier(q, eq).filter((w) => !unseen.has(w));
  // Refused when the cited sentences lack a qualifying word and the article never writes the
  // qualified noun ("quốc tế" nowhere in it): it states no figure for it. An article that writes it
  // elsewhere may state it in words the check cannot pair, so is let through.
  // The same for the noun a counter counts ("lượt khách du lịch" → khách du lịch): "1.540 lượt
  // cán bộ" is no count of tourists, in an article that never writes of tourists.
  const counted = countedNoun(q, eq).filter((w) => !unseen.has(w));
  // And for the noun a measure names ("diện tích cây cà phê"): the total sown area is no coffee area.
  const measured = absentMeasuredWord(measuredNoun(q, eq), eq.folded, said);
  if (measured && !containsRun(syllables(form(cand.hay.text, eq.folded)), measured))
    return { reason: 'qualifier', label: measured.join(' ') };
  // "ty le ho ngheo" typed bare: a bare syllable is several words ("ho" is the "hồ" of "tỷ lệ hồ
  // sơ"), so the noun a bare rate question measures is quoted as a pair or not at all.
  // (Judged where the article writes the pair: an article that never does may word it otherwise.)
  const rated = bareRatedNoun(q, eq);
  if (
    rated &&
    !containsRun(syllables(form(said, true)), rated) &&
    containsRun(syllables(form(cand.hay.text, true)), rated)
  )
    return { reason: 'qualifier', label: rated.join(' ') };
  // "Dự án đường ven biển … tổng mức đầu tư bao nhiêu": the quote must name the project, wherever
  // else the article writes of it ("dự án nâng cấp đường Hải Thiện" states another's amount).
  const project = absentMeasuredWord(nounAfter(q, eq, PROJECT_HEADS), eq.folded, said);
  if (project) return { reason: 'qualifier', label: project.join(' ') };
  for (const words of [qualifier, counted]) {
    if (words.length === 0) continue;
    const inQuote = new Set(syllables(form(said, eq.folded)));
    // Every word of the qualifier is quoted: a paraphrase of one of them ("khỏi vùng sạt lở" for
    // "ra khỏi khu vực … sạt lở") was let through in the twenty-seventh session and taken back, as
    // a held-out near miss was then answered.
    const missing = words.some((w) => !inQuote.has(w));
    if (missing && !containsRun(syllables(form(cand.hay.text, eq.folded)), words))
      return { reason: 'qualifier', label: words.join(' ') };
  }
  // A latest figure is held to what it measures (above) but not to the words that find the newest
  // meeting ("theo số liệu cập nhật mới nhất", "lần gần nhất … họp đánh giá kết quả"), which name
  // no fact its quote must write.
  if (q.latest && target.kind === 'figure') return null;
  const headline = headlineOf(cand, LEAD_CHARS);
  const skip = contentSkip(q, cand, unseen);
  const min = minQuoteSupport(q);
  // One content word left ("đón bao nhiêu lượt khách") is too little to judge: a verb is often paraphrased.
  const asked = contentWords(q, eq, skip);
  if (asked.length >= ANSWER_OPTIONS.minContentWords && contentCoverage(said, eq, skip) < min)
    return { reason: 'content', label: missingWords(q, eq, said, skip) };
  // "hộ được hỗ trợ nước sạch" asked of an article that never writes "nước sạch": its "hỗ trợ … 390
  // hộ" carries the common words and none of the thing asked. Figures only: an open question's
  // words may qualify what it asks ("lễ hội truyền thống nào") in words the article leaves out. A
  // measure ("diện tích") is written by its unit ("18.540 ha"). The headline's words are not set
  // aside: "Sách" of "Kế Sách" is no "sạch" of "nước sạch", and a word it writes is written.
  const unwritten =
    q.lang === 'vi' && target.kind === 'figure'
      ? unwrittenPair(q, eq, said, cand.hay.text, `${skip.slice(headline.length)} ${MEASURE_NOUNS.join(' ')}`)
      : null;
  if (unwritten) return { reason: 'content', label: unwritten };
  // "xuất khẩu" asked, "xuất nhập khẩu" quoted: every syllable is there, the word is not.
  const apart = wordWrittenApart(eq, q.text, q.lang === 'vi', quoted);
  if (apart) return { reason: 'content', label: apart };
  return conceptsUncarried(q, eq, said, skip);
}

/** Words with which a report plans what is yet to be done ("Theo dự kiến, kỳ họp sẽ …"). Closed. */
const PLANNED_WORDS = ['dự kiến', 'sẽ', 'sắp tới'];
/**
 * A Vietnamese question asking what was done: "đã" (typed with its diacritics; bare "da" is many
 * words), an amount achieved ("kết nạp được bao nhiêu", chat "dc bn") or a closing "rồi" ("… bn dv
 * roi": how many so far).
 */
const DONE_ASKED_VI = /(?<![\p{L}])(?:đã|được (?:bao nhiêu|mấy))(?![\p{L}])|(?<![\p{L}])rồi\s*[?.!]*\s*$/u;
const DONE_ASKED_FOLDED = /(?<![\p{L}])duoc (?:bao nhieu|may)(?![\p{L}])|(?<![\p{L}])roi\s*[?.!]*\s*$/u;
/** An English question in the past ("did … pass", "were passed"), not one asking a plan or target. */
const DONE_ASKED_EN = /\b(?:did|were|was)\b/i;
const PLAN_ASKED_EN = /\b(?:will|plans?|planned|expected|targets?|aims?|to be)\b/i;

/** The question asks a figure of something done, in words that say so. */
function asksDone(q: ParsedQuestion): boolean {
  return q.lang === 'en'
    ? DONE_ASKED_EN.test(q.text) && !PLAN_ASKED_EN.test(q.text)
    : (DONE_ASKED_VI.test(q.text) || (q.folded && DONE_ASKED_FOLDED.test(q.text))) &&
        !hasCue(q.text, FUTURE_ASKED, q.folded, q.lang);
}

/**
 * The figure's sentence plans it rather than reports it: a planning word between the sentence's
 * start (or its last semicolon) and the figure. Read with diacritics: folded, "sẽ" would be the "sẻ"
 * of "chia sẻ". Unknown (no record of the figure): not planned.
 */
function plannedFigure(body: string, f: FigureRecord | undefined): boolean {
  if (!f) return false;
  const before = body.slice(f.span.start, f.at.start);
  const words = syllables(before.slice(before.lastIndexOf(';') + 1).toLowerCase());
  return PLANNED_WORDS.some((w) => containsRun(words, syllables(w)));
}

/**
 * An English question's glossary concepts (english-concepts.ts) that the cited text carries too
 * few of: at least `minContentWords` syllables of them asked (as the Vietnamese rule counts) and
 * less than `minConceptShareEn` carried.
 */
function conceptsUncarried(
  q: ParsedQuestion,
  eq: EvidenceQuery,
  said: string,
  skip: string,
): Unsupported | null {
  // "town", "district": the level of the place asked (checked as a unit), not what is asked of it.
  const c = conceptCoverage(askedConcepts(q, eq, `${skip} ${PLACE_LEVELS.join(' ')}`), eq, said);
  if (c.syllables < ANSWER_OPTIONS.minContentWords || c.share >= ANSWER_OPTIONS.minConceptShareEn)
    return null;
  return { reason: 'content', label: c.missing.join(', ') };
}

/**
 * A commune the question asks about ("thị trấn Chư Sê", "Bat Xat township") that the article only
 * names, being its district's report: what it states is the district's ("Đảng bộ huyện có 3.516
 * đảng viên"), so a cited sentence must name the commune. A commune sharing its district's name
 * is otherwise answered with the district's figures. Returns the commune as a label, or null.
 */
function communeNotStated(q: ParsedQuestion, a: DocAnswer, quoted: string): string | null {
  const places = a.cand.records?.places;
  if (!places) return null;
  const words = ` ${syllables(fold(quoted).toLowerCase()).join(' ')} `;
  // The meeting's own place named beside it: a commune named as a body the meeting dealt with
  // ("BTV Thành ủy Huế … kỷ luật BTV Đảng ủy phường Hương Sơ vào ngày nào?") asks nothing of the
  // sentence giving the meeting's date, venue or people.
  // A deadline is the task's, not the meeting's: set for the commune, its sentence names it.
  const t = q.target.target;
  const meetingAsked = (t.kind === 'date' && !t.deadline) || t.kind === 'venue' || t.kind === 'role';
  const ownNamed = q.places.some((p) => placeFit(p, places) === 'own');
  for (const p of q.places) {
    const units = p.candidates;
    if (units.length === 0 || units.some((u) => u.level !== 'commune')) continue;
    if (placeFit(p, places) !== 'named') continue;
    if (meetingAsked && ownNamed && namedAsBody(q.text, p.surface, q.target.target.kind !== 'role')) continue;
    const stated = units.some((u) => words.includes(` ${syllables(fold(u.name).toLowerCase()).join(' ')} `));
    if (!stated && !referredBack(a, quoted, units))
      return `${units[0]?.type.toLowerCase()} ${units[0]?.name}`;
  }
  return null;
}

/**
 * The quote refers back to the commune by its bare type word ("Ban Thường vụ Đảng ủy xã đã buông
 * lỏng …, để xảy ra 14 trường hợp …") after its paragraph named it ("… đối với Ban Thường vụ Đảng
 * ủy xã Vĩnh Trạch"): the sentence is about that commune.
 */
function referredBack(a: DocAnswer, quoted: string, units: readonly Place[]): boolean {
  const body = a.cand.body;
  const start = Math.min(...a.lines.map((l) => l.quote.start));
  const before = body.slice(body.lastIndexOf('\n', start - 1) + 1, start);
  const named = ` ${syllables(fold(before).toLowerCase()).join(' ')} `;
  return units.some(
    (u) =>
      named.includes(` ${syllables(fold(u.name).toLowerCase()).join(' ')} `) &&
      new RegExp(`(?<![\\p{L}])${escapeRegExp(u.type.toLowerCase())}(?![\\p{L}])(?!\\s+\\p{Lu})`, 'u').test(
        quoted,
      ),
  );
}

/** A commune's Party or State body written before its name ("Đảng ủy phường", "UBND xã"), folded. Closed. */
const COMMUNE_BODY_BEFORE =
  /(?:dang uy|dang bo|chi bo|ubnd|hdnd|uy ban nhan dan|hoi dong nhan dan) (?:xa|phuong|thi tran) $/u;
/** The act a meeting takes on a commune, before its type word ("kỷ luật phường", "kiểm tra xã"), folded. Closed. */
const COMMUNE_ACTED_ON = /(?:ky luat|kiem tra|giam sat|lam viec voi) (?:xa|phuong|thi tran) $/u;
/** English writes the body after the name ("the Hoa Huong ward Party", "X commune People's Committee", "X commune's Party committee"), folded. */
const COMMUNE_BODY_AFTER_EN = /^ (?:ward|commune|township) (?:s )?(?:party|people s|peoples) /u;

/**
 * The question names the commune `surface` as its body ("… kỷ luật BTV Đảng ủy phường Hương Sơ")
 * or, when `actedOn` counts, as what the meeting acted on ("… ky luat p Hoa Huong", "discipline the
 * Hoa Huong ward Party …").
 */
function namedAsBody(text: string, surface: string, actedOn: boolean): boolean {
  const words = ` ${syllables(fold(text).toLowerCase()).join(' ')} `;
  const name = ` ${syllables(fold(surface).toLowerCase()).join(' ')} `;
  const at = words.indexOf(name);
  if (at <= 0) return false;
  const before = words.slice(0, at + 1);
  if (COMMUNE_BODY_BEFORE.test(before)) return true;
  // Asked the meeting's date or venue, an act on the commune or its body in English order names
  // what the meeting dealt with; asked its people, they may be the commune's own (another meeting).
  return (
    actedOn &&
    (COMMUNE_ACTED_ON.test(before) || COMMUNE_BODY_AFTER_EN.test(words.slice(at + name.length - 1)))
  );
}

/** The cues of planning a target is stated with ("phấn đấu", "chỉ tiêu", "mục tiêu"). */
const TARGET_CUES = KIND_CUES.filter((c) => c.kind === 'target').flatMap((c) => c.before);
/**
 * A planned amount is stated with those, or as the plan's capital ("tổng kế hoạch vốn … được giao
 * là 7.215,6 tỷ đồng"), which "kế hoạch vốn … bao nhiêu" asks. Closed: the plan's money nouns.
 */
const PLANNED_AMOUNT_CUES = [...TARGET_CUES, 'kế hoạch vốn', 'vốn kế hoạch'];
/** The words of an estimated result (records/vocab.ts QUALIFIERS of 'about' that estimate). */
const ESTIMATE_CUES = ['ước đạt', 'ước tính', 'ước thực hiện'];

/**
 * Kinds of figure whose cue the question's own words carry ("kết nạp"), checked in the quote. A
 * total is not: reports write it in too many ways ("hiện Đảng bộ huyện có 1.108 đảng viên").
 */
const CUED_KINDS = KIND_CUES.filter((c) => c.kind === 'new').map((c) => ({
  ...c,
  // "trong kỳ" names the report's period (a frame word of the question), not how the figure came about.
  before: c.before.filter((cue) => !REPORT_FRAME_WORDS.includes(cue)),
}));

/**
 * The figure's kind the question asks that the cited sentences do not state, or null: a target
 * ("aim to admit", "đặt mục tiêu") needs a sentence of planning; a count the question qualifies by
 * its kind ("kết nạp đảng viên đạt bao nhiêu phần trăm") a sentence with a cue
 * of that kind — a share of the forest plan does not answer a share of the admissions plan.
 */
function kindUnstated(q: ParsedQuestion, quoted: string, planned: boolean): string | null {
  const target = q.target.target;
  // "Was expected to harvest": an estimate ("ước đạt") answers as a plan does (targets.ts EXPECTED_EN).
  const cues = EXPECTED_EN.test(q.text) ? [...PLANNED_AMOUNT_CUES, ...ESTIMATE_CUES] : PLANNED_AMOUNT_CUES;
  if (target.kind === 'figure' && target.figure === 'target' && !planned && !writesAnyFolded(quoted, cues))
    return phraseOf(q.text, TARGET_CUES) ?? (q.lang === 'en' ? 'a target' : 'chỉ tiêu');
  if (q.lang !== 'vi') return null;
  for (const c of CUED_KINDS) {
    const asked = c.before.find((cue) => hasCue(q.text, [cue], q.folded, q.lang));
    // Named with the asked unit ("kết nạp (phần trăm)"): the article may state the count, not the share.
    if (asked && !writesAnyFolded(quoted, [...c.before, ...(c.after ?? [])]))
      return q.unitPhrases[0] ? `${asked} (${q.unitPhrases[0]})` : asked;
  }
  return null;
}

/**
 * A date yet to come is asked ("When is the next meeting?", "dự kiến tổ chức tháng mấy", "planned to
 * be held"), not a deadline.
 */
export function asksFutureDate(q: ParsedQuestion): boolean {
  const t = q.target.target;
  return t.kind === 'date' && !t.deadline && hasCue(q.text, FUTURE_ASKED, q.folded, q.lang);
}

/**
 * Whether `text` uses one of `cues`: with its diacritics, or, in a question typed without them or in
 * English, a cue of several syllables or one spelled without diacritics ("sẽ" bare is "se", as in
 * "Chư Sê", so a bare single syllable is not read as it).
 */
function hasCue(
  text: string,
  cues: readonly string[],
  folded: boolean,
  lang: ParsedQuestion['lang'],
): boolean {
  const exact = syllables(text.toLowerCase());
  const bare = syllables(fold(text));
  return cues.some((c) => {
    const cue = syllables(c.toLowerCase());
    if (containsRun(exact, cue)) return true;
    const plain = fold(c) === c.toLowerCase();
    return folded && (cue.length > 1 || (plain && lang === 'en')) && containsRun(bare, syllables(fold(c)));
  });
}

/**
 * The question's topic (its content words, as for figures) is not carried by `text` — the newest
 * article for "the latest report about X", or the sentences quoted for a section — by at least
 * `min` of its weight: it answers about something else. Null when carried, or when the question has
 * too few content words to judge.
 */
function offTopic(
  q: ParsedQuestion,
  eq: EvidenceQuery,
  text: string,
  unseen: ReadonlySet<string>,
  min: number,
  frame = '',
): Unsupported | null {
  const skip = [
    frame,
    FIGURE_FRAME,
    OPEN_WHAT_FRAME,
    askedKindWords(q),
    FUNCTION_WORDS,
    LATEST_FRAME,
    ...unseen,
    ...q.places.map((p) => p.surface),
  ].join(' ');
  if (contentWords(q, eq, skip).length < ANSWER_OPTIONS.minContentWords) return null;
  if (contentCoverage(text, eq, skip) >= min) return null;
  return { reason: 'topic', label: missingWords(q, eq, text, skip) };
}

/**
 * The topic of "the latest … about X" (the words after "về", "about") that the newest article
 * does not state: in English, words the glossary cannot render (the article cannot be checked for
 * them, so it is not taken to speak of them) when an open topic is asked; in Vietnamese, the pairs
 * of adjacent content syllables of the topic ("an toàn", "giao thông"), of which the article must
 * hold `minTopicPairs` as written — single syllables occur in any article ("an" of "an ninh",
 * "thông" of "thông tin").
 */
function topicUnstated(
  q: ParsedQuestion,
  eq: EvidenceQuery,
  hay: string,
  unseen: ReadonlySet<string>,
): Unsupported | null {
  // Only what follows a topic word ("về", "about") is the topic; a latest question without one
  // names its meeting, checked as any question's.
  const cues = new Set(TOPIC_CUES.map((c) => form(c, eq.folded)));
  // The topic runs to the end of its clause: "Trong các bài viết về Đà Bắc, cuộc họp nào …" is
  // about Đà Bắc; what follows the comma asks the question.
  const clause = q.text
    .split(CLAUSE_BREAK)
    .find((part) => syllables(form(part, eq.folded)).some((w) => cues.has(w)));
  if (clause === undefined) return null;
  const words = syllables(form(clause, eq.folded));
  const from = words.findIndex((w) => cues.has(w));
  if (q.lang === 'en') {
    const untranslated = q.target.target.kind === 'open' ? untranslatedWords(q) : [];
    return untranslated.length > 0 ? { reason: 'topic', label: untranslated.join(' ') } : null;
  }
  const framing = [OPEN_WHAT_FRAME, FUNCTION_WORDS, LATEST_FRAME, ...unseen];
  const frame = new Set(
    syllables(form([...framing, ...q.places.map((p) => p.surface)].join(' '), eq.folded)),
  );
  // Any word of the question but its frame, names and time words (the search terms leave some out).
  const content = (w: string | undefined): w is string =>
    w !== undefined && LETTER.test(w) && !eq.ignore.has(w) && !frame.has(w);
  const pairs = syllablePairs(words.slice(from + 1)).filter((p) => p.split(' ').every(content));
  if (pairs.length === 0) return null;
  const written = new Set(syllablePairs(syllables(form(hay, eq.folded))));
  const missing = pairs.filter((p) => !written.has(p));
  if (1 - missing.length / pairs.length >= ANSWER_OPTIONS.minTopicPairs) return null;
  return { reason: 'topic', label: missing.join(', ') };
}

const LETTER = /\p{L}/u;

/** Words that ask for or introduce a section of a report, and the role verbs of who spoke it. */
const SECTION_FRAME = [
  ...Object.values(SECTION_CUES).flat(),
  ...SECTION_QUESTION_WORDS,
  ...Object.keys(ROLE_VERBS),
  ...TITLE_BODIES,
].join(' ');

/** The title a holder question asks about, as written ("who is the General Secretary of …"). */
const HOLDER_OF = /(?:ai là|ai la|ai giữ chức|who is|who was)\s+(?:the\s+)?([^?]+)/iu;

/** Words that ask for the newest report ("tin mới nhất", "the latest meeting"): the frame, not the topic. */
const LATEST_FRAME = 'mới nhất gần đây gần nhất tin bản tin latest recent newest last';

/**
 * A title the question gives a person it names ("Đồng chí X giữ chức Chủ tịch UBND tỉnh …") that
 * the article never gives them (no sentence holds both): the article is about the person in
 * another role, so it cannot answer about this one. Vietnamese titles only; null when none.
 */
function unheldTitle(q: ParsedQuestion, hay: string): string | null {
  if (q.lang !== 'vi') return null;
  const titles = namedTitles(q.text);
  if (titles.length === 0) return null;
  // A name where a place stands ("huyện Sơn Khê Hạ") is a place the gazetteer does not know.
  const people = q.entities.filter(
    (e) => FULL_NAME.test(e) && !entityIsPlace(e, q.places) && !unknownPlace(e, q.text),
  );
  if (people.length === 0) return null;
  const sentences = hay.split(SENTENCE_BREAK).map((x) => ` ${syllables(fold(x).toLowerCase()).join(' ')} `);
  for (const person of people) {
    const name = ` ${syllables(fold(person).toLowerCase()).join(' ')} `;
    const said = sentences.filter((x) => x.includes(name));
    // A person the article does not name is the names rule's concern.
    if (said.length === 0) continue;
    for (const t of titles)
      if (!said.some((x) => postForms(t.folded).some((f) => x.includes(` ${f} `)))) return t.written;
  }
  return null;
}

/** The short and full names of the State bodies in a post ("Chủ tịch UBND" = "Chủ tịch Ủy ban nhân dân"), folded. */
const BODY_SPELLINGS: readonly (readonly [string, string])[] = [
  ['ubnd', 'uy ban nhan dan'],
  ['hdnd', 'hoi dong nhan dan'],
];

/** A folded post in each spelling of its body ("pho chu tich ubnd huyen", "… uy ban nhan dan huyen"). */
function postForms(post: string): string[] {
  return [
    post,
    ...BODY_SPELLINGS.flatMap(([a, b]) => (post.includes(` ${a}`) ? [post.replace(` ${a}`, ` ${b}`)] : [])),
  ];
}

/**
 * A post with its body the question names ("Bí thư Tỉnh ủy", "Chủ tịch UBND huyện", "the provincial
 * party secretary") that the article writes nowhere, in either spelling of its body: as written, or null.
 */
function unwrittenPost(q: ParsedQuestion, hay: Haystack): string | null {
  const posts = q.lang === 'en' ? englishPostsNamed(q.text) : namedTitles(q.text);
  for (const t of posts) {
    if (delegationHeadWritten(t.folded, hay)) continue;
    if (!postForms(t.folded).some((f) => hay.has(f))) return t.written;
  }
  // "Giám đốc Sở Y tế …", "the director of the Department of Health": a department's head.
  for (const d of departmentPosts(q.text, q.lang)) if (!d.forms.some((f) => hay.has(f))) return d.written;
  return null;
}

/** Heads of a delegation (folded): "trưởng đoàn Tỉnh ủy" heads the Tỉnh ủy's delegation, no post of the Tỉnh ủy. */
const DELEGATION_HEADS = ['truong doan', 'pho truong doan'];

/**
 * Whether a delegation head the question names by its sender ("trưởng đoàn Tỉnh ủy") is written:
 * the article names the head ("đồng chí Trưởng đoàn") and the sender ("Đoàn công tác Ban Thường vụ
 * Tỉnh ủy") apart. False for any other post.
 */
function delegationHeadWritten(post: string, hay: Haystack): boolean {
  const head = DELEGATION_HEADS.find((h) => post.startsWith(`${h} `));
  return head !== undefined && hay.has(head) && hay.has(post.slice(head.length + 1));
}

/** Where a sentence of an article ends. */
const SENTENCE_BREAK = /[.!?;\n]+/u;

/**
 * Words between a post's head and its body (folded): the Party committee's departments and the
 * standing deputy ("Trưởng Ban Dân vận Tỉnh ủy", "Phó Bí thư Thường trực Huyện ủy"). Closed.
 */
const POST_QUALIFIERS = [
  ...PARTY_DEPARTMENTS_EN.map((d) => d.vi.replace(/^(?:ban|uy ban) /u, '')),
  'thuong truc',
];

/** Heads a qualifier may follow (folded): a department's head and deputy, and the deputies. */
const QUALIFIED_HEADS: ReadonlySet<string> = new Set([
  'truong ban',
  'pho truong ban',
  'pho bi thu',
  'pho chu tich',
]);

/** Titles with their body the question writes ("Chủ tịch UBND tỉnh"), folded and as written. */
function namedTitles(text: string): { folded: string; written: string }[] {
  // A title never runs across a comma ("Bí thư Tỉnh ủy, huyện Khoái Châu …").
  return text.split(/[,;:]/u).flatMap(clauseTitles);
}

function clauseTitles(text: string): { folded: string; written: string }[] {
  const written = syllables(text);
  const words = written.map((w) => fold(w).toLowerCase());
  const out: { folded: string; written: string }[] = [];
  const at = (i: number, phrase: string) => {
    const p = phrase.split(' ');
    return p.every((w, j) => words[i + j] === w) ? p.length : 0;
  };
  for (let i = 0; i < words.length; i++) {
    const head = HEADS.find((h) => at(i, h) > 0);
    if (!head) continue;
    let afterHead = i + at(i, head);
    // "Trưởng Ban Dân vận Tỉnh ủy", "Phó Bí thư Thường trực Huyện ủy": the department or standing
    // qualifier between the head and its body is part of the post.
    // Only a department's head or a deputy has one: "trưởng đoàn Thường trực Tỉnh ủy" heads the
    // Standing Committee's delegation.
    const qualifier = QUALIFIED_HEADS.has(head)
      ? POST_QUALIFIERS.find((w) => at(afterHead, w) > 0)
      : undefined;
    if (qualifier) afterHead += at(afterHead, qualifier);
    const body = BODIES.find((b) => at(afterHead, b) > 0);
    // A department's head without its committee ("Trưởng Ban Dân vận đề nghị …") is still a post:
    // the department names it; a bare head ("Trưởng ban") does not.
    if (!body && qualifier) {
      out.push({
        folded: words.slice(i, afterHead).join(' '),
        written: written.slice(i, afterHead).join(' '),
      });
      i = afterHead - 1;
      continue;
    }
    if (!body) continue;
    let end = afterHead + at(afterHead, body);
    const level = LEVELS.find((l) => at(end, l) > 0);
    if (level) end += at(end, level);
    out.push({ folded: words.slice(i, end).join(' '), written: written.slice(i, end).join(' ') });
    i = end - 1;
  }
  return out;
}

/**
 * Function words and chat particles in both spellings ("thế"/"the", "hả"/"ha", "đến"/"den"): a
 * question typed without diacritics keeps their bare forms as search terms (they may spell a domain
 * word), but they never say what is asked.
 */
const FUNCTION_WORDS = FUNCTION_WORD_LIST.join(' ');

/** Punctuation between the clauses of a question; a parenthesis ("(bài mới nhất)") is a clause of its own. */
const CLAUSE_BREAK = /[,;?!()]/u;

const form = (s: string, folded: boolean): string => (folded ? fold(s) : s.toLowerCase());

/** Syllables of a figure question's frame and function words, in each form a question takes (built once). */
const FIGURE_FRAME_SYLLABLES = {
  plain: new Set(syllables(form(`${FIGURE_FRAME} ${FUNCTION_WORDS}`, false))),
  folded: new Set(syllables(form(`${FIGURE_FRAME} ${FUNCTION_WORDS}`, true))),
};

/** The question folded, less the purpose of the body it names as the one that met ("giảm nghèo bền vững"). */
function outsideBodyName(text: string): string {
  const words = ` ${syllables(fold(text)).join(' ')} `;
  const purpose = askedBody(text)?.name;
  return purpose ? words.replace(` ${purpose} `, ' ') : words;
}

/** The cue of `cues` the question uses, as it writes it, or null. */
function phraseOf(text: string, cues: readonly string[]): string | null {
  const words = syllables(fold(text));
  for (const c of cues) {
    const cw = syllables(fold(c));
    for (let i = 0; i + cw.length <= words.length; i++) if (cw.every((w, j) => words[i + j] === w)) return c;
  }
  return null;
}

/**
 * The words after the asked unit that qualify it ("bao nhiêu lượt khách quốc tế" → quốc, tế;
 * "bao nhiêu tàu cá dưới 15 mét" → dưới, 15, mét), or a quantity qualifier before a number of the
 * question: content words of the question that continue the counted noun, up to the first word that
 * is not one (a time word, a name, a function word).
 */
function unitQualifier(q: ParsedQuestion, eq: EvidenceQuery): string[] {
  if (q.lang !== 'vi' || q.unitPhrases.length === 0) return [];
  const unit = syllables(form(q.unitPhrases[0] ?? '', eq.folded));
  if (unit.length === 0) return [];
  const qualifierWords = new Set(Object.keys(QUALIFIERS).flatMap((w) => syllables(form(w, eq.folded))));
  const frame = FIGURE_FRAME_SYLLABLES[eq.folded ? 'folded' : 'plain'];
  // Within the clause of the unit: "bao nhiêu đơn thư, đạt tỷ lệ bao nhiêu" asks two figures.
  for (const clause of q.text.split(CLAUSE_BREAK)) {
    const words = syllables(form(clause, eq.folded));
    for (let i = 0; i + unit.length <= words.length; i++) {
      if (!unit.every((w, j) => words[i + j] === w)) continue;
      const out: string[] = [];
      for (let k = i + unit.length; k < words.length; k++) {
        const w = words[k] as string;
        const content = eq.idf.has(w) && !eq.ignore.has(w) && !frame.has(w);
        // A qualifier qualifies the number after it ("dưới 15 mét"); with none, it is a preposition
        // ("ngân sách trên địa bàn thị xã").
        const qualifies = qualifierWords.has(w) && words.slice(k + 1, k + 3).some((x) => /^\d/u.test(x));
        if (!content && !qualifies) break;
        out.push(w);
      }
      // A trailing qualifier word alone ("… dưới") qualifies nothing.
      while (out.length > 0 && qualifierWords.has(out[out.length - 1] as string)) out.pop();
      return out;
    }
  }
  return [];
}

/**
 * The content words after a measure noun of a Vietnamese figure question, up to the first word that
 * is not one (a place, a time word, a number, a function word): "diện tích cây cà phê của huyện …" →
 * cây, cà, phê. Empty when no measure noun opens the subject.
 */
function measuredNoun(q: ParsedQuestion, eq: EvidenceQuery): string[] {
  return nounAfter(q, eq, MEASURE_NOUNS);
}

/** The first two syllables after "tỷ lệ" ("ty le") of a rate question typed bare, or null. */
function bareRatedNoun(q: ParsedQuestion, eq: EvidenceQuery): string[] | null {
  const t = q.target.target;
  if (!eq.folded || t.kind !== 'figure' || t.figure !== 'rate') return null;
  const words = syllables(fold(q.text).toLowerCase());
  const at = words.findIndex((w, i) => w === 'ty' && words[i + 1] === 'le');
  const [a, b] = at < 0 ? [] : words.slice(at + 2, at + 4);
  return a && b && !VI_STOP_FOLDED.has(a) && !VI_STOP_FOLDED.has(b) ? [a, b] : null;
}

/**
 * Nouns that open the name of one project or works ("dự án đường ven biển", "công trình kè …"):
 * a figure of another project's sentence is not its figure. Closed class.
 */
const PROJECT_HEADS = ['dự án', 'công trình'];

/** The content words after the first of `heads` in a Vietnamese question (see {@link measuredNoun}). */
function nounAfter(q: ParsedQuestion, eq: EvidenceQuery, headWords: readonly string[]): string[] {
  if (q.lang !== 'vi') return [];
  const frame = FIGURE_FRAME_SYLLABLES[eq.folded ? 'folded' : 'plain'];
  const places = new Set(q.places.flatMap((p) => syllables(form(p.surface, eq.folded))));
  const heads = headWords.map((m) => syllables(form(m, eq.folded)));
  for (const clause of q.text.split(CLAUSE_BREAK)) {
    const words = syllables(form(clause, eq.folded));
    for (let i = 0; i < words.length; i++) {
      const head = heads.find((h) => h.every((w, j) => words[i + j] === w));
      if (!head) continue;
      const out: string[] = [];
      for (let k = i + head.length; k < words.length; k++) {
        const w = words[k] as string;
        if (!eq.idf.has(w) || eq.ignore.has(w) || places.has(w) || /\p{N}/u.test(w)) break;
        // Typed bare, a frame word may be a noun's syllable ("ca phe" is no "cả"): a dictionary
        // word with the next syllable goes on.
        const next = words[k + 1];
        const nounGoesOn =
          next !== undefined && eq.idf.has(next) && !places.has(next) && isDictionaryWord(w, next, eq.folded);
        if (frame.has(w) && !nounGoesOn) break;
        out.push(w);
        if (frame.has(w) && next !== undefined) out.push(words[++k] as string);
      }
      return out;
    }
  }
  return [];
}

/**
 * A word of the measured noun (two adjacent syllables a dictionary lists as one word, "cà phê")
 * that `said` writes neither syllable of; null when every word is at least partly there (a
 * paraphrase, "xuất, nhập khẩu" for "xuất nhập khẩu").
 */
function absentMeasuredWord(measured: readonly string[], folded: boolean, said: string): string[] | null {
  const inSaid = new Set(syllables(form(said, folded)));
  for (let i = 0; i + 1 < measured.length; i++) {
    const [a, b] = [measured[i] as string, measured[i + 1] as string];
    if (!inSaid.has(a) && !inSaid.has(b) && isDictionaryWord(a, b, folded)) return [a, b];
  }
  return null;
}

/** A comparison base ("so với cuối năm 2022"): not the period a figure is of. */
/** Measure units and scale words, folded, longest first ("tấn/ha" before "tấn"). */
const UNIT_WORDS = [...Object.keys(UNITS), ...Object.keys(SCALES)]
  .map((u) => fold(u).toLowerCase())
  .sort((a, b) => b.length - a.length);

/**
 * The content words of the asked unit phrase after its scale and unit: the noun a counter counts
 * ("lượt khách du lịch" → khách, du, lịch; "ha lúa" → lúa), empty when the phrase is a unit alone.
 * An English question's unit phrase is its glossary rendering ("tourist visits" → "lượt khách"), so
 * the same noun is asked of the quote: "1.540 lượt cán bộ" counts no tourists.
 */
function countedNoun(q: ParsedQuestion, eq: EvidenceQuery): string[] {
  if (q.unitPhrases.length === 0) return [];
  // "bao nhiêu tiền / kinh phí": money, whatever word names it.
  if (askedUnit(q.unitPhrases)?.unit === 'đồng') return [];
  let rest = syllables(fold(q.unitPhrases[0] ?? '').toLowerCase()).join(' ');
  for (let u = UNIT_WORDS.find((w) => rest === w || rest.startsWith(`${w} `)); u; ) {
    rest = rest.slice(u.length).trim();
    u = UNIT_WORDS.find((w) => rest === w || rest.startsWith(`${w} `));
  }
  if (rest === '') return [];
  const frame = FIGURE_FRAME_SYLLABLES[eq.folded ? 'folded' : 'plain'];
  // The question's own spelling of those words (the index's terms carry its diacritics or not).
  const asked = syllables(form(q.unitPhrases[0] ?? '', eq.folded));
  const tail = asked.slice(asked.length - syllables(rest).length);
  return tail.filter((w) => eq.idf.has(w) && !eq.ignore.has(w) && !frame.has(w));
}

/** The question's content words (in its order), less those of `skip`. */
export function contentWords(
  q: ParsedQuestion,
  eq: EvidenceQuery,
  skip: string,
  words: readonly string[] = syllables(form(q.text, eq.folded)),
): string[] {
  return missingWords(q, eq, '', skip, words).split(' ').filter(Boolean);
}

/**
 * Two content syllables the question writes side by side that make a dictionary word ("nước
 * sạch", word-pairs.ts; text/dictionary.ts) and that the article never writes together, of which the cited text carries neither: the answer
 * speaks of something else. One syllable of a word in the quote may be the word paraphrased ("hộ
 * dân" / "hộ"); none at all, and an article that never writes the word, is another subject. Null
 * when every word is carried.
 */
function unwrittenPair(
  q: ParsedQuestion,
  eq: EvidenceQuery,
  said: string,
  article: string,
  skip: string,
): string | null {
  const have = carriedSyllables(said, eq.folded);
  // Only a dictionary word: two syllables at the seam of two words ("Khối | nhiệm kỳ") name nothing.
  const pairs = contentPairs(q.text, eq, skip).filter(
    ([a, b]) => !have.has(a) && !have.has(b) && isDictionaryWord(a, b, eq.folded),
  );
  if (pairs.length === 0) return null;
  const written = pairText(article, eq.folded);
  const missing = pairs.find((p) => !writesPair(written, p));
  return missing ? missing.join(' ') : null;
}

/**
 * What a question says of the meeting it asks about, beyond the frame ("Trao 250 suất quà cho học
 * sinh nghèo vượt khó: ai chủ trì?", "Hội nghị tập huấn … diễn ra ngày nào?"): at least
 * `MIN_DESCRIBED_PAIRS` pairs of content syllables (word-pairs.ts), of which the article writes
 * fewer than `ANSWER_OPTIONS.minDescribedPairs`. The first unwritten pair, or null. A briefing of
 * the place answers no question about an event only its sidebar names.
 */
function describedUnwritten(
  q: ParsedQuestion,
  eq: EvidenceQuery,
  article: string,
  minShare: number,
  unwrittenNames: ReadonlySet<string>,
): string | null {
  // A question typed bare is read with the diacritics the index gives its words: folded, "van" of
  // "dân vận" is "vẫn", "le" of "lễ hội" "lẽ", function words both, and the description loses them.
  const source = eq.folded ? (q.read ?? q.text) : q.text;
  const read = source !== q.text;
  // The kind asked ("những cơ quan, đơn vị nào dự …") is the answer's, not the meeting's
  // description. Runs of capitalised words are names, places and bodies, checked as such (a
  // yes/no claim's person is no longer among the entities).
  // Places first: a capitalised run blanked would leave a place's level word ("Thành phố") behind.
  let text = blankPlaces(source, q.places).replace(ASKED_WHICH, NO_PAIR).replace(CAPITALISED_RUN, NO_PAIR);
  // A name typed in lower case after "đồng chí" (bare-person.ts) is a person, not a description.
  for (const name of barePersonNames(text)) text = text.replace(name, NO_PAIR);
  const stop = eq.folded && !read ? FUNCTION_SYLLABLES.folded : FUNCTION_SYLLABLES.plain;
  const pairs = phrasePairs(text, read ? markedView(eq) : eq, DESCRIBED_FRAME, stop);
  // A name the question gives what it asks about ("Lễ hội Lồng tông") that no article writes: any
  // article sharing the rest reports another event.
  const name = pairs.find(([a, b]) => unwrittenNames.has(`${fold(a)} ${fold(b)}`));
  if (name) return name.join(' ');
  if (pairs.length < MIN_DESCRIBED_PAIRS) return null;
  // Compared folded: a question typed with some marks only ("trưởng doan") writes the article's
  // words as well as one typed with all of them. Read only when there are pairs enough to judge.
  const written = pairText(article, true);
  const unwritten = pairs.filter(([a, b]) => !writesPair(written, [fold(a), fold(b)]));
  const share = 1 - unwritten.length / pairs.length;
  if (share >= minShare) return null;
  // Named by a word ("phát triển"), not the seam of two ("trợ phát"), when one is unwritten.
  const named =
    unwritten.find(([a, b]) => isDictionaryWord(a, b, fold(a) === a && fold(b) === b)) ?? unwritten[0];
  return named?.join(' ') ?? null;
}

/**
 * A meeting listed for the places that held it ("Địa phương nào tổng kết 10 năm thực hiện Chương
 * trình …?") whose `headline` (and lead) writes too few of the question's description pairs: the
 * first unwritten pair, or null. `names`: the question's names no article writes.
 */
export function meetingUndescribed(
  q: ParsedQuestion,
  eq: EvidenceQuery,
  headline: string,
  names: ReadonlySet<string>,
): string | null {
  return describedUnwritten(q, eq, headline, ANSWER_OPTIONS.minDescribedPairs, names);
}

/**
 * "Địa phương nào …", "huyện nào …", "which district …": an open question whose answer is a place,
 * read from its words (list-ask.ts `reframe` reads a place list as one report's items).
 */
function asksWhichPlace(q: ParsedQuestion): boolean {
  // Not any "where": "những cơ quan nào … ở Minh Hóa" asks bodies, in a place.
  return q.target.target.kind === 'open' && WHICH_PLACE.test(q.text);
}

/**
 * A place level or "địa phương" before "nào" (with or without marks), or after "which" ("which
 * district", "what localities"). Closed: the levels of the state.
 */
const WHICH_PLACE = new RegExp(
  [
    // Bare "co quan nao" is "cơ quan nào" (which agency), not "quận nào".
    `${NOT_WORD_BEFORE}(?<!(?:cơ|co)\\s+)(?:${eitherSpelling([...PLACE_LEVELS, 'địa phương'])})\\s+(?:nào|nao)${NOT_WORD_AFTER}`,
    `${NOT_WORD_BEFORE}(?:which|what)\\s+(?:${alternation([...PLACE_LEVELS_EN, ...PLACE_HEADS_EN, 'locality', 'place'])})${NOT_WORD_AFTER}`,
  ].join('|'),
  'iu',
);

/** The first number of the question `text` does not write (thousands separators aside), or null. */
function numberUnwritten(q: ParsedQuestion, text: string): string | null {
  const hay = new Haystack(text);
  return q.numbers.find((n) => !hay.hasNumber(n)) ?? null;
}

// "những cơ quan, đơn vị nào", "đơn vị nào": the noun a "which" asks for (two words, or all after "những").
const ASKED_WHICH =
  /(?<![\p{L}])(?:(?:những|các|nhung|cac)\s+[^?.!;]{1,40}?|(?:\p{L}+\s+){1,2})(?:nào|nao)(?![\p{L}])/giu;
// Two or more capitalised words in a row: a person, a place, a body ("Bùi Ngọc Thạch", "Ban Chấp
// hành"). A single one opens a sentence or an event's name ("Lễ hội Lồng tông") and describes.
const CAPITALISED_RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*)+/gu;
/** What a word set aside is replaced by: a number, which is in no pair (word-pairs.ts). */
const NO_PAIR = ' 0 ';

/**
 * `text` with the question's places blanked wherever written, with or without marks (a place
 * restored as "Ngọc Hồi" is typed "ngoc hoi"): folding keeps each character's place. A place leaves
 * a number (in no pair), so its neighbours are not joined.
 */
function blankPlaces(text: string, places: ParsedQuestion['places']): string {
  const folded = fold(text);
  if (folded.length !== text.length) return text;
  let out = text;
  for (const p of places) {
    // Its level word with it ("Thành phố Bắc Kạn", "Dong Van district"): part of the name, no description.
    const level = p.typeWord ? escapeRegExp(fold(p.typeWord)) : null;
    const name = escapeRegExp(fold(p.surface));
    const re = level
      ? new RegExp(`(?:${level}\\s+)?${name}(?:\\s+${level})?`, 'giu')
      : new RegExp(name, 'gu');
    for (const m of folded.matchAll(re))
      out = `${out.slice(0, m.index)}${'0'.padEnd(m[0].length)}${out.slice(m.index + m[0].length)}`;
  }
  return out;
}

/** Fewest content pairs a role or date question needs for its description to be checked. */
const MIN_DESCRIBED_PAIRS = 3;

/** The question's content words (in its order) that `said` lacks. */
function missingWords(
  q: ParsedQuestion,
  eq: EvidenceQuery,
  said: string,
  skip: string,
  words: readonly string[] = syllables(form(q.text, eq.folded)),
): string {
  const framed = framedSyllables(eq, skip);
  const have = carriedSyllables(said, eq.folded);
  const out: string[] = [];
  for (const w of words)
    if (eq.idf.has(w) && !eq.ignore.has(w) && !framed.has(w) && !have.has(w) && !out.includes(w)) out.push(w);
  return out.join(' ');
}

/**
 * The question terms that no indexed passage contains: their idf is the largest an index of
 * `passages` gives (document frequency 0, see keyword-query.ts). They are no evidence either way (a
 * misspelling: "tỉ" for "tỷ") unless `question` (its syllables in order, as the idf map spells them)
 * writes them as part of a dictionary word: "kỷ luật" that no article writes is a real word no
 * article speaks of, and a count of admitted members answers no question about disciplined ones.
 * A syllable whose i/y spelling the index holds ("tỉ lệ" beside "tỷ lệ") stays a misspelling.
 */
export function unseenTerms(
  idf: ReadonlyMap<string, number>,
  passages: number,
  question?: { words: readonly string[]; folded: boolean },
): Set<string> {
  const top = Math.log(1 + (Math.max(1, passages) + 0.5) / 0.5);
  const unseen = new Set([...idf].filter(([, w]) => w >= top - 1e-9).map(([t]) => t));
  if (!question) return unseen;
  const misspelt = (w: string): boolean => unseen.has(w) && idf.has(otherIY(w)) && !unseen.has(otherIY(w));
  const words = question.words;
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i] as string, words[i + 1] as string];
    if (!unseen.has(a) && !unseen.has(b)) continue;
    if (misspelt(a) || misspelt(b) || !isDictionaryWord(a, b, question.folded)) continue;
    unseen.delete(a);
    unseen.delete(b);
  }
  return unseen;
}

/**
 * The question's syllables in order, spelt as the idf map spells them, for {@link unseenTerms}: an
 * English question's are its glossary renderings ("disciplined" → "kỷ luật"), no misspellings.
 */
export function questionWords(q: ParsedQuestion): { words: string[]; folded: boolean } {
  const words = q.lang === 'en' ? q.terms.map((t) => form(t, q.folded)) : syllables(form(q.text, q.folded));
  return { words, folded: q.folded };
}

/** A syllable's final i spelt y and back, tone kept ("tỉ" ↔ "tỷ", "lí" ↔ "lý"): Vietnamese allows both. */
function otherIY(w: string): string {
  const i = 'iìíỉĩị';
  const y = 'yỳýỷỹỵ';
  const last = w.at(-1) ?? '';
  const k = i.indexOf(last);
  if (k >= 0) return w.slice(0, -1) + y[k];
  const j = y.indexOf(last);
  return j >= 0 ? w.slice(0, -1) + i[j] : w;
}

/** A branch the question names as addressed (bodies.ts) that the article's `text` never names. */
function unaddressed(question: string, text: string): string | null {
  const asked = addressedBranchesIn(question);
  if (asked.size === 0) return null;
  const named = branchesIn(text);
  return [...asked].find((b) => !named.has(b)) ?? null;
}
