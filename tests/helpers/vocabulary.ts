/** A vocabulary over a few texts as an index's full-text tables give it, for the slip and restoring tests. */
import { learnSurfaceForms, type SurfaceLookup } from '../../src/index/surface-forms.ts';
import { fold, syllables } from '../../src/text/normalize.ts';

/** The vocabulary of `texts` as the index's full-text tables give it (syllables, folded pairs). */
export function vocabulary(texts: readonly string[]): SurfaceLookup {
  const forms = learnSurfaceForms(texts);
  const exact = new Map<string, number>();
  const folded = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const t of texts) {
    const low = t.toLowerCase();
    for (const w of new Set(syllables(low))) exact.set(w, (exact.get(w) ?? 0) + 1);
    const f = syllables(fold(t));
    for (const w of new Set(f)) folded.set(w, (folded.get(w) ?? 0) + 1);
    for (const p of new Set(f.slice(1).map((w, i) => `${f[i]}${w}`))) pairs.set(p, (pairs.get(p) ?? 0) + 1);
  }
  return {
    get: (key) => forms.get(key),
    written: (term, how) => (how === 'exact' ? exact : folded).get(term) ?? 0,
    pairsFrom: (prefix) => new Map([...pairs].filter(([p]) => p.startsWith(prefix))),
  };
}
