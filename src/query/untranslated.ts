/**
 * English content words the glossary cannot render ("tea", "area"): an English question is searched
 * through its Vietnamese renderings, so a word left untranslated is something asked that no
 * Vietnamese sentence can be checked against. The answer layer abstains rather than quote a
 * sentence that matches only the question's names.
 */
import { MEETING_NOUNS_EN, PERCENT_WORDS_EN } from '../records/vocab.ts';
import { fold } from '../text/normalize.ts';
import { frameWordSpans } from './frame-words.ts';
import { findGlossaryTerms } from './glossary.ts';
import { isVietnameseSyllable } from './lang.ts';
import { BODY_HEADS_EN } from './list-vocab.ts';
import type { ParsedQuestion } from './types.ts';

/**
 * English function words, question words, auxiliaries and qualifiers that carry no content of their
 * own. Closed class.
 */
const EN_FUNCTION = new Set(
  (
    'what which who whom whose when where why how is are was were be been being do does did done has have had ' +
    'will would can could shall should may might must the a an of in on at for by to from with about as and or ' +
    'its it their they them his her he she we you i me my our your this that these those there here ' +
    'during after before into over under than then so such per each every any all some more most much many ' +
    'across through throughout among via ' +
    'also only not no yes up out off between within since until while whether main key major top still ' +
    'first second third last next new newly get got give given gave set made make take took bring brought say said tell ' +
    'please according based known reported report stated state mentioned total overall figure number amount value ' +
    'find found ' +
    'list show name named names compare summarise summarize describe provide ' +
    'date day time year month week period ' +
    // The frame of a yes/no claim ("Is it true / correct that …").
    'true false correct'
  )
    .split(' ')
    .concat(MEETING_NOUNS_EN, PERCENT_WORDS_EN),
);

/** A body list's head after its question word, up to two words between ("which former units"). */
const LIST_HEAD_EN = new RegExp(
  `(?<![a-z])(?:which|what)(?:\\s+[a-z'-]+){0,2}?\\s+(${BODY_HEADS_EN.join('|')})(?![a-z])`,
  'g',
);

/** Whether a lower-case English word is a function, question or auxiliary word (no content of its own). */
export function isEnglishFunctionWord(low: string): boolean {
  return EN_FUNCTION.has(low) || EN_FUNCTION.has(low.replace(/s$/, ''));
}

/** Content words of an English question that neither the glossary nor its names and times cover. */
export function untranslatedWords(q: ParsedQuestion): string[] {
  if (q.lang !== 'en') return [];
  let low = q.text.toLowerCase();
  const blank = (from: number, to: number) => {
    low = low.slice(0, from) + ' '.repeat(to - from) + low.slice(to);
  };
  // The head of a list of bodies ("Which former units …", "What agencies …") is the list's frame.
  for (const m of low.matchAll(LIST_HEAD_EN))
    blank(m.index + m[0].length - m[1]!.length, m.index + m[0].length);
  for (const g of findGlossaryTerms(low)) blank(g.start, g.end);
  // Words the frame read (periods, ordinals, role verbs, recency): understood, not untranslated.
  for (const f of frameWordSpans(low)) blank(f.start, f.end);
  for (const e of [...q.entities, ...q.places.map((p) => p.surface)]) {
    const i = low.indexOf(e.toLowerCase());
    if (i >= 0) blank(i, i + e.length);
  }
  // Capitalised words of a Vietnamese syllable's shape are names (a person's, a place's: "Xa Van
  // Thanh"), matched as names, never content to translate. Other capitalised words are English
  // ("Natural Resources and Environment Division"): a body's name the glossary cannot render.
  const names = new Set(
    (q.text.match(/(?<![\p{L}])\p{Lu}[\p{L}]*/gu) ?? [])
      .map((w) => w.toLowerCase())
      .filter((w) => isVietnameseSyllable(fold(w))),
  );
  return (low.match(/[a-z]+/g) ?? []).filter(
    (w) => w.length > 2 && !names.has(w) && !EN_FUNCTION.has(w) && !EN_FUNCTION.has(w.replace(/s$/, '')),
  );
}
