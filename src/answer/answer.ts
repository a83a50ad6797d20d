import type { IndexReader } from '../index/open.ts';
import { placeByKey } from '../place/relations.ts';
import type { ParsedQuestion } from '../query/parse.ts';
import { claimsPostHeld, titleNamed } from '../query/target.ts';
import type { DocRecords } from '../records/bundle.ts';
import { isRoundup } from '../records/roundup.ts';
import {
  alternation,
  eitherSpelling,
  MEETING_NOUNS,
  MEETING_NOUNS_EN,
  NOT_WORD_AFTER,
  NOT_WORD_BEFORE,
} from '../records/vocab.ts';
import type { Retrieval } from '../retrieve/hybrid.ts';
import { fold } from '../text/normalize.ts';
import { agencyUnmet, askedAgency } from './agency.ts';
import { sentenceVerdict, verifyAlternative } from './alternatives.ts';
import { askedAct } from './asked-act.ts';
import {
  actingBody,
  askedBody,
  askedUnitCommittee,
  asksDistrictBody,
  asksPartyBody,
  branchLabel,
  communeBodyMet,
  heldBranchesIn,
  namesMeeting,
  otherBody,
  otherUnitCommittee,
  partyAskedOfState,
  provinceAskUnmet,
  unmetBranches,
  withoutActingOrganisations,
} from './bodies.ts';
import { type Candidate, gatherCandidates, termSupport } from './candidates.ts';
import {
  numberClaimOf,
  numberClaimsOf,
  outOfTime,
  presenceAnswers,
  verifyNumberClaim,
  verifyPeriod,
  verifyStatement,
  verifyVenue,
} from './claims.ts';
import { closestMiss, closestReply, type Miss, uncoveredMisses } from './closest.ts';
import { answerComparison, verifyComparison } from './compare.ts';
import { hasConstraints, type UnmetConstraint, unmetConstraints } from './constraints.ts';
import { enumeratedAnswers } from './enumeration.ts';
import { contentCoverage, type EvidenceQuery, prepareEvidenceQuery, type Shape } from './evidence.ts';
import { pairFigures } from './figure-pair.ts';
import { LABELS, viDate } from './format.ts';
import { titlesOf } from './headline.ts';
import { bodyFirst } from './latest-body.ts';
import { answerDoc, IDENTIFY_QUESTION, VENUE_QUESTION } from './lines.ts';
import {
  asksProvinceLevel,
  bodiesOfResults,
  keepActWritten,
  keepNamedPlaces,
  listAsk,
  listOptions,
  reframe,
  shapeAnswers,
} from './list-ask.ts';
import {
  answerMeetings,
  asksMeetingHeld,
  matchingMeetings,
  meetingOp,
  renderMeetings,
  samePerson,
  statedCountAsked,
} from './meetings.ts';
import { boardsMet } from './numbered-board.ts';
import { ANSWER_OPTIONS } from './options.ts';
import { withOwnPlaces } from './place-support.ts';
import { BARE_FULL_NAME, entityIsPlace, FULL_NAME, namesPersons, placeFit } from './places.ts';
import { quoteUnwritten } from './quoted-words.ts';
import { rateBoundAsked, rowsWithinBound } from './rate-bound.ts';
import { type DocAnswer, type DraftAnswer, notFound, render } from './render.ts';
import { claimedRolePost, verifyRolePost } from './role-title.ts';
import { latestFirst, meetingKey, supersede } from './select.ts';
import { questionWords, type Unsupported, unseenTerms, unsupported } from './support.ts';
import { asksPlanReached, claimOf, planVerdict, titleVerdict, verdictOf, withoutClaim } from './verify.ts';
import { claimsUnanimity, verifyUnanimity } from './vote-share.ts';
import { unwrittenNamePairs } from './word-pairs.ts';

export type { DraftAnswer } from './render.ts';

/** Options of {@link answerQuestion}. */
export interface AnswerOptions {
  /** Most articles named in a list answer. Default 10. */
  maxList?: number;
  /** Most articles named when several match a specific question. Default 4. */
  maxMatches?: number;
  /** Articles whose evidence scores below this share of the best are left out. Default 0.5. */
  relevanceRatio?: number;
  /** Least (idf-weighted) share of the question's names an article must contain. Default 0.5. */
  minCoverage?: number;
  /** Least (idf-weighted) share of the question's terms an article must contain. Default 0.4. */
  minSupport?: number;
  /**
   * Answer only from these articles (the meeting a conversation is about, or the one the user
   * picked); nothing else is considered, so a follow-up is never answered about another meeting.
   */
  onlyDocs?: readonly string[];
}

// A list whose items are meetings: a meeting noun, or an English one in the plural.
const LISTS_MEETINGS = new RegExp(
  `${NOT_WORD_BEFORE}(?:${eitherSpelling(MEETING_NOUNS)}|(?:${alternation(MEETING_NOUNS_EN)})s)${NOT_WORD_AFTER}`,
  'iu',
);

/**
 * Build a grounded, extractive answer: filter the candidate articles by what the question pins
 * down (entities, periods, dates, session number), pick the article(s) that answer, and state each
 * fact with a quote from that article's body. Nothing is stated that no quote contains.
 */
export function answerQuestion(
  reader: IndexReader,
  retrieval: Retrieval,
  q: ParsedQuestion,
  opts: AnswerOptions = {},
): DraftAnswer {
  if (q.target.yesNo) return answerYesNo(reader, retrieval, q, opts);
  // Lists and counts of meetings are answered over every matching meeting; when none matches the
  // stricter test, the question is answered as any other.
  const op = meetingOp(q);
  // "bao nhiêu hội nghị học tập nghị quyết": the count a report states first, the meetings counted
  // only when no report states it.
  const statedFirst = op === 'count' && statedCountAsked(q);
  const meetingsAnswer = (): DraftAnswer | null => {
    if (!op) return null;
    const listed = answerMeetings(reader, retrieval, q, op, listOptions(listAsk(q), opts));
    return listed.answered ? listed : null;
  };
  if (!statedFirst) {
    const listed = meetingsAnswer();
    if (listed) return listed;
  }
  if (q.target.compare) {
    const compared = answerComparison(reader, retrieval, q, opts);
    if (compared) return compared;
  }
  // Lists of things a report enumerates, places that held a meeting, what a meeting was about.
  let listKind = listAsk(q);
  let asked = listKind ? reframe(q, listKind) : q;
  let selected = select(reader, retrieval, asked, listOptions(listKind, opts));
  // One place held it: no list of meetings to make, the one article answers as a list of what it says.
  if (listKind === 'places' && selected.answers.length === 0) {
    listKind = 'items';
    asked = reframe(q, listKind);
    selected = select(reader, retrieval, asked, opts);
  }
  const { misses, satisfied, eq, refused } = selected;
  const shaped = bodiesOfResults(
    q,
    listKind,
    keepNamedPlaces(q, listKind, keepActWritten(q, listKind, shapeAnswers(listKind, selected.answers))),
  );
  // "Những chương trình nào …": an article that enumerates the asked noun answers with its members.
  const enumerated = listKind === 'places' || listKind === 'open' ? shaped : enumeratedAnswers(q, shaped);
  // "… có tỷ lệ giải ngân dưới 40%": the rows of the report's table within the bound.
  const bound = rateBoundAsked(q);
  const found = bound ? rowsWithinBound(bound, enumerated) : enumerated;
  if (found.length === 0) {
    const counted = statedFirst ? meetingsAnswer() : null;
    if (counted) return counted;
    // Nothing satisfies what the question pins down: name what is unmet and show the closest as such.
    // An article refused by the support check is shown the same way, naming what it does not say.
    const miss = (satisfied ? refusedMiss(refused) : null) ?? closestMiss(misses);
    return (miss && closestReply(miss, q, eq)) ?? notFound(q.lang);
  }
  // "… bao nhiêu …, bao nhiêu …": both figures stated, when the one article states both.
  const paired = found.length === 1 && found[0] ? pairFigures(reader, retrieval, q, found[0], opts) : null;
  const draft = render(paired ? [paired] : found, q.lang);
  // One meeting asked about, several found: all are stated, and the caller may ask which was meant.
  const single = !asked.list && !q.latest && found.length > 1;
  return single ? { ...draft, meetings: found.map((a) => meetingChoice(a.cand)) } : draft;
}

/** The articles that answer, each with its facts, in the order they are stated. */
export function selectAnswers(
  reader: IndexReader,
  retrieval: Retrieval,
  q: ParsedQuestion,
  opts: AnswerOptions = {},
): DocAnswer[] {
  return select(reader, retrieval, q, opts).answers;
}

/** {@link selectAnswers}, with the articles left out for a constraint they do not meet. */
function select(
  reader: IndexReader,
  retrieval: Retrieval,
  q: ParsedQuestion,
  opts: AnswerOptions,
): { answers: DocAnswer[]; misses: Miss[]; satisfied: boolean; eq: EvidenceQuery; refused: Refusal[] } {
  const { maxList = 10, maxMatches = 4, relevanceRatio = 0.5, minCoverage = 0.5, minSupport = 0.4 } = opts;
  const gathered = gatherCandidates(reader, retrieval, q, opts.onlyDocs);
  const eq0 = {
    ...prepareEvidenceQuery(q, retrieval.keyword.idf, shapeOf(q)),
    unseen: unseenTerms(retrieval.keyword.idf, reader.manifest.counts.chunks, questionWords(q)),
  };
  const misses: Miss[] = [];
  // A mass organisation named as the one that acted ("Hội Cựu chiến binh tỉnh … đã vận động hội viên
  // hiến đất … tại những huyện nào?"), in a question naming no meeting, is reported by another
  // body's meeting (the Ban Dân vận's briefing): it pins none.
  const target = q.target.target;
  const figureAsked = target.kind === 'figure' || q.asks.has('howmany') || q.numbers.length > 0;
  // An agency in a question naming no meeting and asking a deadline, a figure or a section ("Sở Kế
  // hoạch và Đầu tư phải trình … trước ngày nào?") is the one tasked, not the body that met.
  const tasked = (target.kind === 'date' && target.deadline) || target.kind === 'section' || figureAsked;
  // A deadline asked of a body with no meeting named ("UBND thành phố cam kết bàn giao … trước thời
  // hạn nào?"): the body is the one bound by it, reported at whichever meeting set it.
  const boundBody = target.kind === 'date' && target.deadline && !namesMeeting(q.text);
  const askedBranches = boundBody
    ? new Set<string>()
    : withoutActingOrganisations(heldBranchesIn(q.text), q.text, figureAsked, tasked);
  // "By what date must the provincial Ethnic Affairs Committee send …": the body a deadline binds is
  // the one tasked, not the one that met (as for the branches above).
  const askedProvince = boundBody ? null : asksProvinceLevel(q);
  // The body one meeting is asked of; "the latest meeting of X" ranks bodies instead (latest-body.ts).
  const named = q.latest ? null : askedBody(q.text);
  const body = named && !boundBody && !actingBody(named, q.text, figureAsked) ? named : null;
  const agency = q.latest || (tasked && !namesMeeting(q.text)) ? null : askedAgency(q.text);
  const unitCommittee = q.latest || q.places.length > 0 ? null : askedUnitCommittee(q.text);
  const asksBody =
    askedBranches.size > 0 || askedProvince || body || agency || asksPartyBody(q.text) !== null;
  const districtBody = asksDistrictBody(q.text, q.places, Boolean(asksBody));
  // A person the question names must be in the article: a soft match never answers for them.
  const missingPerson = new Map(
    gathered.map((c) => [
      c,
      q.entities.some(
        (e) =>
          !entityIsPlace(e, q.places) && !c.hay.hasAsTyped(e, q.folded) && isPersonAsked(q.text, e, q.places),
      ),
    ]),
  );
  // Records (parsed JSON) are read only for the candidates past the cheap checks: about one in five
  // at 10k chunks; a failed candidate's are read when its unmet constraints are named.
  // A district name typed bare that is also an everyday phrase ("tam dao 6t dau 2023 …"): an article
  // not writing it as a name ("Tam Đảo", not "chiều dài từ" for "dai tu") answers another place's question.
  const loose = q.looseNames ?? [];
  // A steering committee asked by its number: an article not writing it is another body's (numbered-board.ts).
  const boardsWritten = boardsMet(q);
  const passesCheap = (c: Candidate) =>
    c.check.placeOk && !missingPerson.get(c) && loose.every((n) => c.hay.hasName(n)) && boardsWritten(c.hay);
  const gatheredRecords = asksBody
    ? reader.records.get(gathered.filter(passesCheap).map((c) => c.doc.bodyHash))
    : new Map<string, DocRecords>();
  const recordsOf = (c: Candidate): DocRecords | undefined =>
    !asksBody
      ? undefined
      : passesCheap(c)
        ? gatheredRecords.get(c.doc.bodyHash)
        : reader.records.get([c.doc.bodyHash]).get(c.doc.bodyHash);
  const branchesOf = (c: Candidate): string[] => {
    const rec = recordsOf(c);
    const branches = rec
      ? unmetBranches(askedBranches, rec.meeting, titlesOf(c)).map((b) => branchLabel(b, q.lang))
      : [];
    // "Ban Chấp hành Đảng bộ huyện X" asked: the HĐND's session in X is another body's meeting.
    const party = rec ? partyAskedOfState(q.text, rec.meeting, c.doc.title) : null;
    if (party) branches.push(party);
    // "Tỉnh ủy X" asked: a district body's meeting in province X is another body's.
    if (rec && provinceAskUnmet(askedProvince, rec.meeting, c.doc.title))
      branches.push(q.lang === 'en' ? 'the provincial body' : 'cấp tỉnh');
    // "HĐND thành phố X" asked: a ward of X's council session is another body's.
    if (rec && districtBody && communeBodyMet(rec.meeting))
      branches.push(q.lang === 'en' ? 'the district-level body' : 'cấp huyện');
    // Another body's meeting of the same place and period (the UBND's session for "Ban Chỉ đạo …").
    // A roundup reports several bodies' meetings: its record is one of them.
    if (rec && body && otherBody(body, rec.meeting) && !isRoundup(c.doc.title)) branches.push(body.label);
    // "Thị ủy …" asked of no place: a Huyện ủy's briefing is another committee's. With a place the
    // place decides (a district that became a town is one unit asked by either name).
    if (rec && unitCommittee && otherUnitCommittee(unitCommittee, rec.meeting, c.doc.title))
      branches.push(unitCommittee);
    return branches;
  };
  // A State agency asked ("Công an huyện X", "Sở Y tế"): a meeting its body's names do not carry is
  // another body's, and no closer to the question for sharing its place and period: left out unnamed.
  const otherThanAgency = (c: Candidate): boolean => {
    const rec = agency ? recordsOf(c) : undefined;
    return (
      rec !== undefined &&
      agency !== null &&
      agencyUnmet(agency, `${rec.meeting.orgName ?? ''} ${rec.meeting.counterpart ?? ''} ${c.doc.title}`)
    );
  };
  const gatheredPlaces =
    q.places.length > 0 ? reader.records.places(gathered.map((c) => c.doc.bodyHash)) : null;
  let agencyMissed = false;
  let cands = gathered.filter((c) => {
    // Cheap checks first: the body checks read the records, the time and session checks scan the
    // body (computed only when read), and the unmet constraints are listed only for a candidate
    // that fails, to name what it misses.
    const cheap = passesCheap(c);
    if (cheap && otherThanAgency(c)) {
      agencyMissed = true;
      return false;
    }
    let branches: string[] | undefined = cheap ? branchesOf(c) : undefined;
    const ok = cheap && branches?.length === 0 && c.check.timeOk && c.check.ordinalOk;
    if (!ok) {
      const docPlaces = gatheredPlaces?.get(c.doc.bodyHash);
      // Named only when read (closestMiss, when nothing is found): it reads the time and session
      // checks, which scan the body; listing them for every failed candidate was a fifth of `ask`.
      let unmet: UnmetConstraint[] | undefined;
      misses.push({
        cand: c,
        get unmet() {
          branches ??= branchesOf(c);
          unmet ??= unmetConstraints(q, c.check, c.hay, {
            placeFit: (p) => (docPlaces ? placeFit(p, docPlaces) : null),
            branches,
          });
          return unmet;
        },
      });
    }
    return ok;
  });
  // The agency's own meeting is in no article: the others that missed are no closer ("not found").
  if (agencyMissed && cands.length === 0) misses.length = 0;
  const satisfied = cands.length > 0;
  const covered = cands.filter(
    (c) => c.check.numbersOk && (!c.check.named || c.check.coverage >= minCoverage),
  );
  // Those naming too little of what the question names are still the closest when nothing answers.
  // A miss is named only when no article got past its stage: once one met every constraint and
  // named enough, "Các bài không nói về năm 2022" would be false (what is missing is the answer).
  const uncovered = uncoveredMisses(q, cands, covered, gatheredPlaces);
  // With none named enough, those that failed earlier stay beside them: a report on the asked
  // place of another year is closer than another place's report of that year (closest.ts).
  if (satisfied) misses.splice(0, misses.length, ...(covered.length > 0 ? [] : [...misses, ...uncovered]));
  cands = covered;
  // "Bản tin mới nhất?": nothing to match on but recency; the newest reports are the answer.
  const newsDigest = q.latest && !hasConstraints(q) && [...q.asks].every((a) => a === 'what');
  // Otherwise an article must speak to the question, not merely be the nearest one.
  if (!newsDigest) {
    // A session number was checked as the article's ordinal (`ordinalOk`): the article need not
    // write it as a digit ("Kỳ họp thứ sáu").
    const ordinal = q.ordinal === null ? null : String(q.ordinal);
    const idf =
      ordinal === null
        ? retrieval.keyword.idf
        : new Map([...retrieval.keyword.idf].filter(([t]) => t !== ordinal));
    cands = cands.filter(
      (c) =>
        termSupport(withOwnPlaces(c.hay.text, q, gatheredPlaces?.get(c.doc.bodyHash)), q.folded, idf) >=
        minSupport,
    );
  }
  const places = reader.records.places(cands.map((c) => c.doc.bodyHash));
  cands = supersede(cands, (c) => places.get(c.doc.bodyHash)?.own ?? []);
  if (q.latest)
    cands = bodyFirst(q.text, latestFirst(cands), reader.records.get(cands.map((c) => c.doc.bodyHash))).slice(
      0,
      q.list ? maxList : hasConstraints(q) ? 1 : 5,
    );
  const records = reader.records.get(cands.map((c) => c.doc.bodyHash));
  for (const c of cands) c.records = records.get(c.doc.bodyHash);

  const eq = eq0;
  // A list question over several articles lists the meetings; over one, it lists what that article says.
  // "Latest report about X?" asks for the meeting itself (title, date, chair), like a list entry.
  // "… cuộc họp nào gần đây nhất và vào ngày nào?": which meeting, with its date (an entry shows it).
  // A figure asked of the latest report ("What is the most recently reported rate …") is the
  // figure, not the meeting.
  const latestMeeting =
    q.latest &&
    q.target.target.kind !== 'figure' &&
    q.asks.has('what') &&
    [...q.asks].every((a) => a === 'what' || a === 'when');
  // "Liệt kê các cuộc họp năm 2023", "which meetings…": the meetings themselves are the list.
  const listsMeetings = q.target.target.kind === 'open' && LISTS_MEETINGS.test(q.text);
  const listing =
    latestMeeting ||
    (q.list && cands.length > 1 && !q.asks.has('howmany') && (!q.asks.has('what') || listsMeetings));
  let answers = cands.map((c) => answerDoc(c, q, eq, listing)).filter((a): a is DocAnswer => a !== null);
  // Every article's answer must carry what is asked (support.ts): one that answers another question is dropped.
  const refused: Refusal[] = [];
  const unseen = unseenTerms(eq.idf, reader.manifest.counts.chunks, questionWords(q));
  const names = unwrittenNamePairs(q.text, reader.surfaceForms);
  answers = answers.filter((a) => {
    const why = unsupported(a, q, eq, unseen, names);
    if (why) refused.push({ cand: a.cand, why });
    return why === null;
  });
  if (answers.length === 0) return { answers: [], misses, satisfied, eq, refused };

  if (!q.list && !q.latest) {
    answers.sort((a, b) => b.relevance - a.relevance || b.cand.retrieval - a.cand.retrieval);
    const top = answers[0]!.relevance;
    const limit = hasConstraints(q) ? maxMatches : 1;
    answers = answers.filter((a) => a.relevance >= top * relevanceRatio).slice(0, limit);
  } else if (q.list) {
    answers = answers.slice(0, maxList);
    answers.sort((a, b) => meetingKey(a.cand).localeCompare(meetingKey(b.cand)));
  }
  return { answers, misses, satisfied, eq, refused };
}

/** The best refused article as the closest, naming what it does not say; null when none or nothing to name. */
function refusedMiss(refused: readonly Refusal[]): Miss | null {
  const r = refused[0];
  return r?.why.label ? { cand: r.cand, unmet: [{ kind: 'content', label: r.why.label }] } : null;
}

/** An article whose answer the support check refused, and why. */
interface Refusal {
  cand: Candidate;
  why: Unsupported;
}

/** The kind of value the evidence sentences must hold for the question's ask. */
function shapeOf(q: ParsedQuestion): Shape {
  if (q.asks.has('howmany')) return 'quantity';
  if (q.asks.has('where')) {
    // Where an event or a visit took place (target.ts reads them as open): any place named answers,
    // not only a meeting's venue words ("chọn khóm Hòa Khánh làm điểm tổ chức Ngày hội").
    if (VENUE_QUESTION.test(q.text) && q.target.target.kind !== 'open') return 'venue';
    return IDENTIFY_QUESTION.test(q.text) ? null : 'place';
  }
  return q.asks.has('when') ? 'date' : null;
}

// A name after a person word ("đồng chí Hoàng Minh Tuấn", "ông Tuấn", "Mr Tuan") is a person's.
const PERSON_BEFORE = /(?<![\p{L}])(?:đồng chí|dong chi|đ\/c|ông|bà|comrade|mr\.?|mrs\.?|ms\.?)\s+$/iu;

/** The question names `name` as a person (a person word before it, or a full personal name). */
function isPersonAsked(text: string, name: string, places: ParsedQuestion['places']): boolean {
  const i = text.indexOf(name);
  if (i > 0 && PERSON_BEFORE.test(text.slice(Math.max(0, i - 12), i))) return true;
  return FULL_NAME.test(name) && !entityIsPlace(name, places);
}

/** The person a question names: after a person word, a full name, or a bare name typed in chat. */
function personNamed(q: ParsedQuestion): string | null {
  return (
    q.entities.find(
      (e) =>
        !entityIsPlace(e, q.places) &&
        !/\d/u.test(e) &&
        (isPersonAsked(q.text, e, q.places) || (q.folded && BARE_FULL_NAME.test(e))),
    ) ?? null
  );
}

/** Every quoted line of the answers names `person` (folded). */
function quotesPerson(answers: readonly DocAnswer[], person: string): boolean {
  const name = fold(person).toLowerCase();
  return answers.every((a) =>
    a.lines.every((l) => namesPersons(a.cand.body.slice(l.quote.start, l.quote.end), [name])),
  );
}

/**
 * A yes/no question: answer it without its claim, then say whether the answer bears the claim out.
 * The verdict leads; the facts and quotes follow as for any answer.
 */
function answerYesNo(
  reader: IndexReader,
  retrieval: Retrieval,
  q: ParsedQuestion,
  opts: AnswerOptions,
): DraftAnswer {
  const claim = claimOf(q, q.places);
  const plain: ParsedQuestion = { ...q, target: { ...q.target, yesNo: false } };
  // "Did X admit more … in Q3 than in Q2?": both figures decide.
  if (q.target.compare) {
    const compared = verifyComparison(reader, retrieval, plain, opts);
    if (compared) return withVerdict(compared, compared.verdict ?? 'unknown', q);
  }
  // "… được 100% đại biểu tán thành không?", "passed unanimously?": the recorded vote decides.
  if (claimsUnanimity(q)) {
    const vote = verifyUnanimity(reader, retrieval, q, opts);
    if (vote) return withVerdict(render([vote.answer], q.lang), vote.verdict, q);
  }
  // "Đồng chí X có dự hội nghị không?": yes when the meeting's records name the person in any part.
  if (claim?.kind === 'person' && q.target.role === 'attendee') {
    // The person named is the one found, not another whose name the meeting's description writes
    // ("… Phó Bí thư Thường trực Tỉnh ủy Trương Công Định làm việc tại …"); and a Vietnamese headline
    // an English question quotes is the meeting's own words (quoted-words.ts), not another meeting
    // the person attended.
    const person = claim.person;
    const matches = matchingMeetings(reader, retrieval, q, 'any', opts)
      .map((m) => ({ ...m, roles: m.roles.filter((r) => samePerson(r.person, person)) }))
      .filter((m) => m.roles.length > 0 && quoteUnwritten(q, `${m.cand.doc.title}\n${m.cand.body}`) === null);
    if (matches.length === 0) return { ...notFound(q.lang), verdict: 'unknown' };
    // Each meeting with the sentence that names the person.
    return withVerdict(render(presenceAnswers(matches, q.lang), q.lang), 'yes', q);
  }
  // "… diễn ra tại hội trường Huyện ủy phải không?": the recorded venue decides.
  const venue = verifyVenue(reader, retrieval, q, opts);
  if (venue) return withVerdict(render([venue.answer], q.lang), venue.verdict, q);
  // "… họp ngày D để đánh giá 6 tháng đầu năm phải không?": the meeting's period decides.
  const period = verifyPeriod(reader, retrieval, q, opts);
  if (period) return withVerdict(render([period.answer], q.lang), period.verdict, q);
  // "Huyện ủy Y có tổ chức giao ban quý I/2021 không?": yes when such a meeting is reported.
  if (claim === null && asksMeetingHeld(q)) {
    // A Vietnamese headline an English question quotes must be the meeting's own words (quoted-words.ts).
    const matches = matchingMeetings(reader, retrieval, q, null, {
      ...opts,
      minSupport: EXISTS_SUPPORT,
    }).filter((m) => quoteUnwritten(q, `${m.cand.doc.title}\n${m.cand.body}`) === null);
    if (matches.length === 0) return { ...notFound(q.lang), verdict: 'unknown' };
    return withVerdict(
      renderMeetings(matches, q, retrieval.keyword.idf, 'list', opts.maxList ?? 10),
      'yes',
      q,
    );
  }
  // "… kỷ luật khiển trách … đúng không?", "… tăng so với cùng kỳ?": one of a closed set is claimed.
  if (claim?.kind !== 'number' && claim?.kind !== 'person') {
    const alternative = verifyAlternative(reader, retrieval, q, opts);
    if (alternative) return withVerdict(render([alternative.answer], q.lang), alternative.verdict, q);
  }
  const number = claim?.kind === 'number' ? numberClaimOf(q) : null;
  if (number) {
    const { answers, verdict } = verifyNumberClaim(reader, retrieval, q, number, opts);
    // A claim of several numbers is true only when none is stated otherwise: the first one confirmed
    // ("14 trường hợp") does not confirm another ("tổng 3,25 ha") the article states as 2,35.
    if (verdict === 'yes')
      for (const other of numberClaimsOf(q).slice(1)) {
        const checked = verifyNumberClaim(reader, retrieval, q, other, opts);
        if (checked.verdict === 'no') return withVerdict(render(checked.answers, q.lang), 'no', q);
      }
    if (answers.length === 0) return { ...notFound(q.lang), verdict: 'unknown' };
    // "lo thi mai dc bau … voi 29/33 dai bieu tan thanh": another's vote decides nothing about hers.
    const person = personNamed(q);
    if (person && !quotesPerson(answers, person)) return { ...notFound(q.lang), verdict: 'unknown' };
    return withVerdict(render(answers, q.lang), verdict, q);
  }
  if (claim === null && asksPlanReached(q.text)) {
    const reached = verifyPlan(reader, retrieval, q, opts);
    if (reached) return reached;
  }
  // "Có đúng là ông X được bầu … với 33/36 đại biểu tán thành không?": a number the claim quotes
  // beside its person is claimed too, and the article stating it otherwise refutes the claim.
  if (claim?.kind === 'person') {
    const personNumber = numberClaimOf(q);
    const checked = personNumber ? verifyNumberClaim(reader, retrieval, q, personNumber, opts) : null;
    // Only a sentence naming the person states their number (another vote is another's).
    if (checked?.verdict === 'no' && quotesPerson(checked.answers, claim.person))
      return withVerdict(render(checked.answers, q.lang), 'no', q);
  }
  // "… là ct ubnd X trả lời, đúng không?": the act after the name is claimed, not the post before it.
  // "X giữ chức Y": holding the post is claimed, not an act.
  const actClaimed =
    claim?.kind === 'person' &&
    q.target.role === null &&
    !claimsPostHeld(q.text) &&
    askedAct(withoutClaim(q, claim)) !== null;
  const title = claim?.kind === 'person' && q.target.role === null && !actClaimed ? titleNamed(q.text) : null;
  if (claim?.kind === 'person' && title) return verifyTitle(reader, retrieval, q, claim.person, title, opts);
  // "… do một Phó Chủ tịch UBND huyện chủ trì, có phải không?": the titles of the role's holders decide.
  const rolePost = claim === null ? claimedRolePost(q) : null;
  if (rolePost) {
    const checked = verifyRolePost(reader, retrieval, q, rolePost, opts);
    if (checked) return withVerdict(render([checked.answer], q.lang), checked.verdict, q);
  }
  // "… có thông qua nghị quyết về X không?": a sentence bearing out the claim's words decides.
  if (claim === null) {
    const stated = verifyStatement(reader, retrieval, q, opts);
    // A sentence that bears out the claim's other words may still name another of its closed set.
    const said = stated?.lines[0]
      ? stated.cand.body.slice(stated.lines[0].quote.start, stated.lines[0].quote.end)
      : '';
    if (stated) return withVerdict(render([stated], q.lang), sentenceVerdict(q.text, said) ?? 'yes', q);
  }
  const asked = claim ? withoutClaim(q, claim) : plain;
  const draft = answerQuestion(reader, retrieval, asked, opts);
  const verdict = claim ? verdictOf(claim, draft.answered, draft.text) : 'unknown';
  // A "no" said about a meeting of another year than the asked one would be about another meeting.
  if (verdict === 'no' && selectAnswers(reader, retrieval, asked, opts).every((a) => outOfTime(a, q)))
    return { ...notFound(q.lang), verdict: 'unknown' };
  return withVerdict(draft, verdict, q);
}

/**
 * Least share of the question's terms (by idf) a meeting's article must hold to confirm that the
 * meeting was held: every word of the claim, such as a topic, must be borne out, not only its time.
 */
const EXISTS_SUPPORT = 0.6;

/**
 * "Có phải đồng chí X là Bí thư Huyện ủy Y không?": the person's titles in the article that names
 * them decide; the title the article gives is stated with its quote.
 */
function verifyTitle(
  reader: IndexReader,
  retrieval: Retrieval,
  q: ParsedQuestion,
  person: string,
  title: string,
  opts: AnswerOptions,
): DraftAnswer {
  const asked: ParsedQuestion = {
    ...q,
    asks: new Set(['what']),
    target: { ...q.target, yesNo: false, target: { kind: 'position' } },
  };
  const found = selectAnswers(reader, retrieval, asked, opts).slice(0, 1);
  const a = found[0];
  if (!a) return { ...notFound(q.lang), verdict: 'unknown' };
  const titles = (a.cand.records?.roles ?? [])
    .filter((r) => samePerson(r.person, person) && r.title)
    .map((r) => r.title ?? '');
  const verdict = titleVerdict(
    titles,
    title,
    q.places.map((p) => p.surface),
  );
  return withVerdict(render(found, q.lang), verdict, q);
}

/**
 * "Bảo Yên có đạt kế hoạch kết nạp đảng viên không?": the rate the article states against the
 * plan decides (100% or more: reached). Null when no such rate is stated.
 */
function verifyPlan(
  reader: IndexReader,
  retrieval: Retrieval,
  q: ParsedQuestion,
  opts: AnswerOptions,
): DraftAnswer | null {
  const rate: ParsedQuestion = {
    ...q,
    asks: new Set(['howmany']),
    unitPhrases: ['phần trăm'],
    target: { ...q.target, yesNo: false, figure: 'rate', target: { kind: 'figure', figure: 'rate' } },
  };
  const found = selectAnswers(reader, retrieval, rate, opts).slice(0, 1);
  const a = found[0];
  const line = a?.lines[0];
  if (!a || !line) return null;
  // The rate must measure what the question names ("thu ngân sách"), not another plan of the article.
  const eq = prepareEvidenceQuery(q, retrieval.keyword.idf, 'quantity');
  const said = a.cand.body.slice(line.quote.start, line.quote.end);
  const frame = `${a.cand.doc.title} ${PLAN_FRAME}`;
  if (contentCoverage(said, eq, frame) < ANSWER_OPTIONS.minContentCoverage) return null;
  const verdict = planVerdict(a);
  return verdict ? withVerdict(render(found, q.lang), verdict, q) : null;
}

/** Words of a "was the plan reached" frame, not what the plan is about. Closed class. */
const PLAN_FRAME =
  'đạt hoàn thành vượt kế hoạch chỉ tiêu mục tiêu dự toán có không dat hoan thanh vuot ke hoach chi tieu muc tieu du toan co khong';

/**
 * The verdict first ("Đúng. …"); an unanswered question says nothing beyond "not found". A claim
 * the articles do not decide is not answered: it says so, and shows what was found as the closest.
 */
function withVerdict(draft: DraftAnswer, verdict: 'yes' | 'no' | 'unknown', q: ParsedQuestion): DraftAnswer {
  if (verdict === 'unknown' && !draft.answered) return { ...draft, verdict };
  const L = LABELS[q.lang];
  if (verdict === 'unknown')
    return { ...draft, answered: false, text: `${UNDECIDED[q.lang]}\n${draft.text}`, verdict };
  const word = verdict === 'yes' ? L.yes : L.no;
  return { ...draft, text: `${word}. ${draft.text}`, verdict };
}

/** The lead of a claim the articles neither bear out nor contradict. */
const UNDECIDED = {
  vi: `${LABELS.vi.unknown}: các bài đã lưu không nói điều này; gần nhất là:`,
  en: `${LABELS.en.unknown}: the stored articles do not say; the closest is:`,
} as const;

/** A short label of an article's meeting for a choice button: "Mường Lay · 31/3/2021". */
function meetingChoice(c: Candidate): { docId: string; label: string } {
  const own = (c.records?.places.own ?? []).map((k) => placeByKey(k)).filter((p) => p !== undefined);
  const place = own.find((p) => p.level !== 'province') ?? own[0];
  const date = c.doc.facts.meetingDates[0] ?? c.doc.published;
  const name = place?.name ?? c.doc.title.slice(0, 24);
  return { docId: c.doc.docId, label: date ? `${name} · ${viDate(date)}` : name };
}
