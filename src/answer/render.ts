import type { Citation } from '../engine/types.ts';
import type { Candidate } from './candidates.ts';
import { LABELS, type Lang } from './format.ts';

/** The answer before it is rendered: per-document facts, each with the quote that supports it. */
export interface DraftAnswer {
  answered: boolean;
  text: string;
  citations: Citation[];
  /** For a yes/no question: whether the articles bear its claim out. */
  verdict?: 'yes' | 'no' | 'unknown';
  /** People the answer names (chairs, presenters…), in order: what "ông ấy" may refer to next. */
  persons?: string[];
  /** Set when a question about one meeting matched several: each meeting with a short label. */
  meetings?: { docId: string; label: string }[];
}

/** One stated fact of an answer and the span of the body that supports it. */
export interface Line {
  label: string | null;
  value: string;
  quote: { start: number; end: number };
  /** People this line names. */
  persons?: string[];
  /** The figure this line states, in base units (for comparisons). */
  amount?: number;
  /** One item of a list read from an enumeration: stated as a bullet, its quote the item itself. */
  item?: boolean;
  /** How many more items or sentences the list has beyond those stated ("và 2 mục khác"). */
  more?: number;
}

export interface DocAnswer {
  cand: Candidate;
  lines: Line[];
  relevance: number;
}

// "ở đâu", "địa điểm nào": the venue of the meeting, not which commune or district.
/**
 * Render per-article answers as text: each article's facts with their `[n]` markers, then the
 * sources. One citation per distinct quote of an article, numbered in order of first use.
 */
export function render(answers: DocAnswer[], lang: Lang): DraftAnswer {
  const L = LABELS[lang];
  const citations: Citation[] = [];
  const blocks: string[] = [];
  for (const a of answers) {
    const { doc, copies, body } = a.cand;
    // One citation per distinct quote of the article, numbered in order of first use.
    const markers: string[] = [];
    const facts: string[] = [];
    for (const line of a.lines) {
      const raw = body.slice(line.quote.start, line.quote.end);
      const quote = raw.trim();
      const start = line.quote.start + (raw.length - raw.trimStart().length);
      let c = citations.find((x) => x.docId === doc.docId && x.quote === quote);
      if (!c) {
        c = {
          n: citations.length + 1,
          docId: doc.docId,
          title: doc.title,
          published: doc.published,
          source: doc.source,
          quote,
          ...(copies.length > 0 ? { alsoIn: copies.map((d) => ({ docId: d.docId, source: d.source })) } : {}),
          ...(doc.origin ? { url: doc.origin.url, site: doc.origin.site } : {}),
          span: { start, end: start + quote.length },
        };
        citations.push(c);
      }
      markers.push(`[${c.n}]`);
      const fact = line.item
        ? `– ${quote} [${c.n}]`
        : line.label
          ? `${line.label}: ${line.value} [${c.n}]`
          : line.value
            ? `${line.value} — “${quote}” [${c.n}]`
            : `“${quote}” [${c.n}]`;
      facts.push(line.more ? `${fact}\n${L.more(line.more)}` : fact);
    }
    const header = answers.length > 1 ? `• ${doc.title}` : doc.title;
    blocks.push([header, ...facts.map((f) => (answers.length > 1 ? `  ${f}` : f))].join('\n'));
  }
  const sources = citations
    .filter((c, i, all) => all.findIndex((x) => x.docId === c.docId) === i)
    .map((c) => {
      const ns = citations
        .filter((x) => x.docId === c.docId)
        .map((x) => `[${x.n}]`)
        .join('');
      const also = c.alsoIn?.length ? ` (${L.alsoIn} ${c.alsoIn.map((d) => d.source).join(', ')})` : '';
      return `${ns} ${c.title} — ${c.published ?? '?'} — ${c.url ? `${c.site} — ${c.url}` : c.source}${also}`;
    });
  const persons = [...new Set(answers.flatMap((a) => a.lines.flatMap((l) => l.persons ?? [])))];
  return {
    answered: true,
    text: `${blocks.join('\n\n')}\n\n${L.sources}:\n${sources.join('\n')}`,
    citations,
    ...(persons.length > 0 ? { persons } : {}),
  };
}

export function notFound(lang: Lang): DraftAnswer {
  return { answered: false, text: LABELS[lang].notFound, citations: [] };
}
