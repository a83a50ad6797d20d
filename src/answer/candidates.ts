import type { DocRow } from '../index/db.ts';
import type { IndexReader } from '../index/open.ts';
import { byFirstPublished, haystackSource, titlesOf } from '../index/text-periods.ts';
import type { ParsedQuestion } from '../query/parse.ts';
import type { DocPlaces, DocRecords } from '../records/bundle.ts';
import type { PooledChunk, Retrieval } from '../retrieve/hybrid.ts';
import { fold, syllables } from '../text/normalize.ts';
import { checkDoc, type DocCheck, docPeriods } from './constraints.ts';
import { Haystack } from './haystack.ts';
import { entityIsPlace, searchNames } from './places.ts';

/** One article that may answer: its body (shared by syndicated copies) and how it fits the question. */
export interface Candidate {
  /** The copy cited: the earliest published of the documents sharing this body. */
  doc: DocRow;
  /** Other documents with the same body. */
  copies: DocRow[];
  body: string;
  hay: Haystack;
  /** Best fused retrieval score of its chunks (0 when it came in through entities or periods only). */
  retrieval: number;
  chunks: PooledChunk[];
  check: DocCheck;
  /** The article's meeting records, loaded for the candidates that pass the filters. */
  records?: DocRecords;
}

const MAX_CANDIDATES = 120;
/** Best-ranked chunks holding a question's name or place that bring their articles in. */
const PHRASE_CHUNKS = 200;

/**
 * Articles worth checking: those of the retrieved chunks, those naming a question entity, and, for
 * list or latest questions, those whose reporting period the question names — then each is
 * checked against the question's constraints.
 */
export function gatherCandidates(
  reader: IndexReader,
  retrieval: Retrieval,
  q: ParsedQuestion,
  onlyDocs?: readonly string[],
): Candidate[] {
  const byBody = new Map<string, PooledChunk[]>();
  for (const c of retrieval.pool) {
    const list = byBody.get(c.bodyHash) ?? [];
    list.push(c);
    byBody.set(c.bodyHash, list);
  }
  const extra = new Set<string>();
  // How many of the question's name and place searches found each body: at 100k a district's name
  // alone brings in 50–100 articles (its meetings of every period), more than the cap keeps.
  const found = new Map<string, number>();
  const add = (b: string) => {
    extra.add(b);
    found.set(b, (found.get(b) ?? 0) + 1);
  };
  const weights = new Map<string, number>();
  const n = Math.max(1, reader.manifest.counts.contents);
  const places = q.places;
  // An article may name a 2025 province only by the province it joined ("Sóc Trăng" for "Cần Thơ").
  for (const name of places.flatMap(searchNames)) {
    for (const b of reader.phraseBodies('folded', syllables(fold(name)), PHRASE_CHUNKS)) add(b);
  }
  // Places typed without capitals ("huyen dong van") are not entities, but still pin the question down.
  const placeNames = places
    .filter((p) => !q.entities.some((e) => entityIsPlace(e, [p])))
    .map((p) => p.surface);
  for (const e of [...q.entities, ...placeNames, ...q.numbers]) {
    const plain = q.folded || fold(e) === e.toLowerCase();
    const phrase = syllables(plain ? fold(e) : e);
    const bodies = new Set(reader.phraseBodies(plain ? 'folded' : 'text', phrase, PHRASE_CHUNKS));
    for (const b of bodies) add(b);
    // Inverse document frequency of the name: rare names weigh more in coverage.
    weights.set(e, Math.log(1 + (n - bodies.size + 0.5) / (bodies.size + 0.5)));
  }
  // A province named beside a more specific place is context: a provincial portal seldom repeats
  // its own province, so the district or town decides.
  const provinces = q.entities.filter((e) => isProvince(q.text, e));
  if (provinces.length < q.entities.length) for (const p of provinces) weights.set(p, 0);
  if ((q.list || q.latest) && q.time.periods.length > 0) {
    for (const d of reader.docs) {
      const periods = docPeriods(d);
      if (q.time.periods.some((p) => periods.has(p))) extra.add(d.bodyHash);
    }
  }
  if (q.latest && q.entities.length === 0 && q.time.periods.length === 0) {
    for (const d of newestDocs(reader, 10)) extra.add(d.bodyHash);
  }
  const extras = byPriority(
    reader,
    [...extra].filter((h) => !byBody.has(h)),
    found,
    q.time.periods,
  );
  let hashes = [...byBody.keys(), ...extras].slice(0, MAX_CANDIDATES);
  if (onlyDocs) {
    const only = new Set(onlyDocs.flatMap((id) => reader.doc(id)?.bodyHash ?? []));
    hashes = [...only];
  }
  const out: Candidate[] = [];
  const docPlaces = places.length > 0 ? reader.records.places(hashes) : new Map<string, DocPlaces>();
  for (const hash of hashes) {
    // Oldest first, undated last: the first publication of a syndicated text is the one cited.
    const docs = [...reader.docsWithBody(hash)].sort(byFirstPublished);
    const doc = docs[0];
    if (!doc) continue;
    const text = lazyText(reader, hash);
    const chunks = byBody.get(hash) ?? [];
    const hay = Haystack.deferred(() => text().hay);
    out.push({
      doc,
      copies: docs.slice(1),
      get body() {
        return text().body;
      },
      hay,
      retrieval: chunks[0]?.score ?? 0,
      chunks,
      check: checkDoc(q, doc, hay, weights, { places, doc: docPlaces.get(hash), names: placeNames }),
    });
  }
  return out;
}

/**
 * A candidate's body and haystack, read on first use. Most candidates are refused on their
 * places (at 10k chunks 18 of 88 a question pass the place check), which reads no text: reading
 * every candidate's body from SQLite up front was a tenth of `ask`'s CPU. The index stores a body
 * for every document (same transaction), so a body is never missing; if one were, it reads as empty.
 */
function lazyText(reader: IndexReader, hash: string): () => PreparedText {
  let text: PreparedText | undefined;
  return () => {
    text ??= preparedTexts(reader, [hash]).get(hash) ?? { body: '', hay: new Haystack('') };
    return text;
  };
}

/**
 * The bodies found by names, places or periods, best first, so that the candidate cap cuts the
 * least likely: those a name or place search found whose document reports one of the question's
 * periods first (title or parsed period, stored: no body is read), then those more of the
 * question's searches found, then those only the period brought in.
 * Stable: ties keep the order the searches found them in.
 */
function byPriority(
  reader: IndexReader,
  hashes: readonly string[],
  found: ReadonlyMap<string, number>,
  periods: readonly string[],
): string[] {
  const fits = (h: string) =>
    periods.length > 0 && reader.docsWithBody(h).some((d) => periods.some((p) => docPeriods(d).has(p)));
  // A body only the period brought in (a list's every meeting of the quarter, nationwide) keeps its
  // place after the named ones: ranked up, another province's meeting of that quarter crowded out the
  // asked province's (100k bench s0065 answered Nam Định's for "tỉnh Ninh Bình").
  const score = new Map(
    hashes.map((h) => {
      const n = found.get(h) ?? 0;
      return [h, n > 0 && fits(h) ? PERIOD_PRIORITY + n : n];
    }),
  );
  return [...hashes].sort((a, b) => (score.get(b) ?? 0) - (score.get(a) ?? 0));
}

/** A found body reporting the asked period ranks above one any number of name searches found. */
const PERIOD_PRIORITY = 100;

/**
 * Bodies kept prepared across questions, per reader (most recently used last). The same articles
 * come back as candidates question after question; reading a body from SQLite and building its
 * haystack (lower-cased, folded, numbers) each time was a large share of the answer step
 * (profiled at 10k chunks). A reader's generation never changes, so nothing goes stale; bounded,
 * because a 100k-chunk corpus holds ~30k bodies (≈ 15 KB each prepared).
 */
export const PREPARED_BODIES = 1000;
/** A body and its haystack (title and body, prepared for look-ups). */
interface PreparedText {
  body: string;
  hay: Haystack;
}
const prepared = new WeakMap<IndexReader, Map<string, PreparedText>>();

function preparedTexts(reader: IndexReader, hashes: readonly string[]): Map<string, PreparedText> {
  let cache = prepared.get(reader);
  if (!cache) {
    cache = new Map();
    prepared.set(reader, cache);
  }
  const out = new Map<string, PreparedText>();
  const missing: string[] = [];
  for (const h of hashes) {
    const hit = cache.get(h);
    if (!hit) {
      missing.push(h);
      continue;
    }
    cache.delete(h);
    cache.set(h, hit);
    out.set(h, hit);
  }
  const periods = reader.bodyPeriods(missing);
  for (const [h, body] of reader.bodies(missing)) {
    const titles = titlesOf(reader.docsWithBody(h));
    const entry = { body, hay: new Haystack(haystackSource(titles, body), periods.get(h)) };
    cache.set(h, entry);
    out.set(h, entry);
  }
  while (cache.size > PREPARED_BODIES) cache.delete(cache.keys().next().value as string);
  return out;
}

/** Newest first by publication date (then meeting date); undated last. */
export function newest(docs: readonly DocRow[], n: number): DocRow[] {
  return newestFirst(docs).slice(0, n);
}

function newestFirst(docs: readonly DocRow[]): DocRow[] {
  const key = (d: DocRow) => d.published ?? d.facts.meetingDates[0] ?? '';
  return [...docs].sort((a, b) => key(b).localeCompare(key(a)) || a.docId.localeCompare(b.docId));
}

/**
 * Every document of the reader, newest first (see {@link newest}), sorted once per reader: sorting
 * the 30k documents of a 100k-chunk index took 44–100 ms (load ≈ 15) on every "latest" question.
 */
const sortedByReader = new WeakMap<IndexReader, DocRow[]>();

/** {@link newest} over all of the reader's documents. */
export function newestDocs(reader: IndexReader, n: number): DocRow[] {
  let sorted = sortedByReader.get(reader);
  if (!sorted) {
    sorted = newestFirst(reader.docs);
    sortedByReader.set(reader, sorted);
  }
  return sorted.slice(0, n);
}

const PROVINCE_BEFORE = /(?:tỉnh ủy|tỉnh|tinh uy|tinh|province of|ubnd tỉnh)\s*$/iu;
const PROVINCE_AFTER = /^\s*(?:'s\s+)?(?:province|provincial)/iu;

/** The question names `entity` as a province ("Tỉnh ủy Sóc Trăng", "Sóc Trăng provincial …"). */
export function isProvince(text: string, entity: string): boolean {
  const i = text.indexOf(entity);
  if (i < 0) return false;
  return (
    PROVINCE_BEFORE.test(text.slice(Math.max(0, i - 20), i)) ||
    PROVINCE_AFTER.test(text.slice(i + entity.length))
  );
}

/**
 * Idf-weighted share of the question terms that occur in the text: how much of the question an
 * article speaks to.
 */
export function termSupport(text: string, folded: boolean, idf: Map<string, number>): number {
  const words = new Set(syllables(folded ? fold(text) : text.toLowerCase()));
  let total = 0;
  let found = 0;
  for (const [t, w] of idf) {
    total += w;
    if (words.has(t)) found += w;
  }
  return total === 0 ? 1 : found / total;
}
