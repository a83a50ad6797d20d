/**
 * What a chat follows and whether a new article matches it. `/theodoi Kon Tum` names a place: it is
 * linked to the gazetteer (the linker the answers use) and matches an article that is ABOUT that
 * place or a unit within it (the places of its headline, lead and organisation: `DocPlaces.own`),
 * so "Điện Biên" also catches an article about Mường Lay, and an article that names the province
 * once in passing is not news about it. Anything else (`/theodoi Ban Tuyên giáo`, `/follow ngân
 * sách`) is a phrase, matched as whole syllables in the title or body (exactly when typed with
 * Vietnamese marks, so "ngân sách" never matches "chính sách"; folded when typed without).
 */
import { placeFit } from '../answer/places.ts';
import type { DocPlaces } from '../engine/types.ts';
import { findPlaces } from '../place/find.ts';
import { placeByKey, placeKey } from '../place/relations.ts';
import type { Place } from '../place/types.ts';
import { fold, normalizeText } from '../text/normalize.ts';
import { phraseMatches } from '../text/phrase.ts';

/** Longest topic accepted, characters (a place name or a short phrase). */
export const MAX_TOPIC_CHARS = 80;
/** Shortest phrase topic, letters: one or two letters would match nearly every article. */
export const MIN_PHRASE_LETTERS = 3;

/** A followed topic. */
export type Topic =
  /** A place: gazetteer keys of its candidate units (all of them when the name is ambiguous). */
  | { kind: 'place'; label: string; keys: string[] }
  /** A phrase, as typed (normalised). */
  | { kind: 'phrase'; label: string };

/** Why a topic was refused. */
export type TopicError = 'empty' | 'too-long' | 'too-short';

/** Read the text after `/theodoi`: a place when it is a place name and nothing else, else a phrase. */
export function parseTopic(raw: string): Topic | TopicError {
  const text = normalizeText(raw).replace(/\s+/g, ' ').trim();
  if (!text) return 'empty';
  if (text.length > MAX_TOPIC_CHARS) return 'too-long';
  const mentions = findPlaces(text, { include2025: true, chat: true });
  const only = mentions.length === 1 ? mentions[0]! : undefined;
  // The place must be the whole topic ("huyện Đồng Văn", "TP. Kon Tum"): "Ban Tuyên giáo Kon Tum"
  // is a phrase, or it would catch every article about Kon Tum.
  const rest = only ? `${text.slice(0, only.fullStart)}${text.slice(only.fullEnd)}` : text;
  if (only && !/[\p{L}\p{N}]/u.test(rest)) {
    const units = only.ambiguous ? only.candidates : only.candidates.slice(0, 1);
    return { kind: 'place', label: text, keys: [...new Set(units.map(placeKey))] };
  }
  if ((text.match(/\p{L}/gu) ?? []).length < MIN_PHRASE_LETTERS) return 'too-short';
  return { kind: 'phrase', label: text };
}

/** Same topic, for "already followed": place keys, or the folded phrase. */
export function topicKey(topic: Topic): string {
  return topic.kind === 'place' ? `place:${[...topic.keys].sort().join(',')}` : `phrase:${fold(topic.label)}`;
}

/** A new article as the matcher sees it. */
export interface ArticleForMatch {
  title: string;
  body: string;
  places: DocPlaces | undefined;
}

/** True when the article is news for a chat following `topic`. */
export function topicMatches(topic: Topic, article: ArticleForMatch): boolean {
  if (topic.kind === 'phrase') {
    return (
      phraseMatches(article.title, topic.label).length > 0 ||
      phraseMatches(article.body, topic.label).length > 0
    );
  }
  if (!article.places) return false;
  const candidates = topic.keys.map((k) => placeByKey(k)).filter((p): p is Place => p !== undefined);
  return candidates.length > 0 && placeFit({ surface: topic.label, candidates }, article.places) === 'own';
}
