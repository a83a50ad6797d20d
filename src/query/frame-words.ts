/**
 * The words of an English question that its frame already read — period and date expressions
 * ("nine months", "first-half"), meeting ordinals ("seventh", "twenty-fourth"), the cue tables'
 * role, section, figure, deadline and venue words ("wrapped up", "led"), recency words ("most
 * recent") — so that they are never counted as content the glossary failed to translate
 * (untranslated.ts). Everything here comes from the parser's own closed tables; nothing is listed.
 */
import { unhyphenate } from './english.ts';
import { matchSpans, type Span } from './match.ts';
import { scanOrdinals } from './ordinal.ts';
import { cueSpans } from './target.ts';
import { scanTime } from './time.ts';
import { LATEST_EN } from './type.ts';

/** Spans of `low` (a lower-cased English question) that the frame reads. */
export function frameWordSpans(low: string): Span[] {
  const text = unhyphenate(low, 'en');
  return [
    ...scanTime(text, 'en').spans,
    ...scanOrdinals(text).map((h) => h.span),
    ...cueSpans(text),
    ...matchSpans(LATEST_EN, text),
  ];
}
