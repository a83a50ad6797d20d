/**
 * A place in a command's argument ("/latest Kon Tum", "/search ngân sách Mường Lay"), linked with the
 * question parser's gazetteer linker (time expressions masked, so "quý I" is never a place; with or
 * without diacritics), and the articles that fit it. Fit is the answerer's own `placeFit` on the
 * records bundles' places: a district article satisfies its province, a 2025 province its former
 * provinces, and an article that only names the place counts as well as one about it.
 */
import { placeFit, type QuestionPlace } from '../answer/places.ts';
import type { DocFacet } from '../engine/types.ts';
import { TYPE_WORDS_AFTER, TYPE_WORDS_BEFORE } from '../place/words.ts';
import { parseQuestion } from '../query/parse.ts';
import { fold } from '../text/normalize.ts';

/** A command argument split into its places and the rest. */
export interface PlaceArgument {
  /** The places named, each as written with its candidate units. */
  places: QuestionPlace[];
  /** The argument without the place names and their type words ("huyện", "tỉnh", "district"), spaces squeezed. */
  rest: string;
}

// Type words that may stand next to a place name in an argument; abbreviations needing a dot are
// left out (a lone "h" or "t" is too often something else).
const BEFORE = TYPE_WORDS_BEFORE.filter((w) => !w.needsDot).map((w) => fold(w.words));
const AFTER = TYPE_WORDS_AFTER.map((w) => fold(w.words));

/** The places of `arg` and what remains once they (and their type words) are taken out. */
export function splitPlaces(arg: string): PlaceArgument {
  const text = arg.replace(/\s+/g, ' ').trim();
  if (!text) return { places: [], rest: '' };
  const places = parseQuestion(text).places;
  let rest = text;
  for (const p of places) {
    const at = rest.indexOf(p.surface);
    if (at < 0) continue;
    const before = stripTypeWord(rest.slice(0, at), BEFORE, 'end');
    const after = stripTypeWord(rest.slice(at + p.surface.length), AFTER, 'start');
    rest = `${before} ${after}`.replace(/\s+/g, ' ').trim();
  }
  return { places, rest };
}

/** `text` without a type word at its end (or start), compared without diacritics or case. */
function stripTypeWord(text: string, words: readonly string[], side: 'start' | 'end'): string {
  const trimmed = side === 'end' ? text.trimEnd() : text.trimStart();
  const folded = fold(trimmed.toLowerCase());
  for (const w of words) {
    if (side === 'end' && (folded === w || folded.endsWith(` ${w}`)))
      return trimmed.slice(0, trimmed.length - w.length);
    if (side === 'start' && (folded === w || folded.startsWith(`${w} `))) return trimmed.slice(w.length);
  }
  return trimmed;
}

/** DocIds of the articles that are about or name every place of `places` (all of them when there are none). */
export function docsAtPlaces(facets: readonly DocFacet[], places: readonly QuestionPlace[]): Set<string> {
  const fits = (f: DocFacet) =>
    places.every((p) => {
      const fit = placeFit(p, f.places);
      return fit === 'own' || fit === 'named';
    });
  return new Set(facets.filter(fits).map((f) => f.docId));
}

/** The places as the user wrote them, for a reply ("Kon Tum", "Mường Lay, Điện Biên"). */
export function placeLabel(places: readonly QuestionPlace[]): string {
  return places.map((p) => p.surface).join(', ');
}
