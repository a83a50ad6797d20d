import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalQuestion } from '../../src/eval/score.ts';
import { parseArticle } from '../../src/ingest/parse.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import { fold } from '../../src/text/normalize.ts';

/**
 * Move an evaluation set to other names: every chair named in the articles and every Vietnamese
 * name the questions pin down gets a made-up name (each made-up syllable used once, so no new name
 * overlaps another), applied alike to articles, questions and gold answers. A method that does not
 * lean on particular names scores the same. A made-up syllable never folds to a syllable the
 * articles or questions already write ("Phường", "Thường", "Lịnh" → "linh"): only the names move,
 * every other word keeps its counts, so the experiment changes one thing.
 */
export function renameEvalSet(
  corpusDir: string,
  questions: EvalQuestion[],
): { files: Map<string, string>; questions: EvalQuestion[]; renamed: Map<string, string> } {
  const names = new Set<string>();
  const texts = new Map<string, string>();
  for (const f of readdirSync(corpusDir)) {
    const raw = readFileSync(join(corpusDir, f), 'utf8');
    texts.set(f, raw);
    for (const c of parseArticle(raw, { docId: f, source: f }).facts.chairs) names.add(c.name);
  }
  for (const q of questions) {
    // Plain-ASCII names are skipped: replacing them could rewrite English words.
    for (const e of parseQuestion(q.q).entities)
      if (!/\d/.test(e) && fold(e) !== e.toLowerCase()) names.add(e);
  }
  const onsets = ['Kh', 'Th', 'Ph', 'Ng', 'Tr', 'Qu', 'Gi', 'Nh', 'B', 'D', 'H', 'L', 'M', 'S', 'V', 'X'];
  const rhymes = [
    'ương',
    'ạnh',
    'ịnh',
    'oài',
    'uyến',
    'ạch',
    'ưởng',
    'ạn',
    'ính',
    'ường',
    'ải',
    'iễm',
    'ưỡng',
    'ấn',
    'ỳ',
    'ướng',
    'oạch',
    'uỳnh',
    'ưởi',
    'oẳng',
    'uềnh',
    'iểng',
    'ượp',
    'oắt',
  ];
  const written = new Set<string>();
  for (const t of [...texts.values(), ...questions.map((q) => q.q)])
    for (const w of fold(t).match(/[\p{L}]+/gu) ?? []) written.add(w);
  const syllables = rhymes
    .flatMap((r) => onsets.map((o) => o + r))
    // "Qu" before u/ư/o and "Gi" before i spell no Vietnamese syllable ("Quương", "Giiễm").
    .filter((s) => !/^(?:Qu[uưo]|Gi[iì-ỹ])/u.test(s) && !written.has(fold(s)));
  let next = 0;
  const renamed = new Map<string, string>();
  // Longest first, so "Lê Quang Thức" is replaced before any shorter name inside it.
  for (const n of [...names].sort((a, b) => b.length - a.length)) {
    renamed.set(
      n,
      n
        .split(' ')
        .map(() => syllables[next++ % syllables.length])
        .join(' '),
    );
  }
  const apply = (text: string): string => {
    let t = text;
    for (const [from, to] of renamed) t = t.split(from).join(to).split(unmark(from)).join(unmark(to));
    return t;
  };
  const files = new Map([...texts].map(([f, t]) => [f, apply(t)]));
  return {
    files,
    questions: questions.map((q) => ({ ...q, q: apply(q.q), must: q.must.map((g) => g.map(apply)) })),
    renamed,
  };
}

/** Strip marks but keep case (`Bảo Yên` → `Bao Yen`), as people type without diacritics. */
function unmark(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}
