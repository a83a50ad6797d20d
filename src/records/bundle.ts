/**
 * What the index keeps per distinct article body, beside its text: the meeting records of
 * `extractRecords` (roles, figures, sections, the meeting) and the places the article is about,
 * linked to the gazetteer. Computed once at index time; answers read them instead of re-reading
 * the article.
 */
import { findPlaces } from '../place/find.ts';
import { placeKey, provinceOf } from '../place/relations.ts';
import type { PlaceMention } from '../place/types.ts';
import { extractRecords, RECORDS_VERSION } from './extract.ts';
import { itemHeadlines } from './roundup.ts';
import type { ArticleRecords, RecordsInput } from './types.ts';

/**
 * Bump when place linking changes; together with {@link RECORDS_VERSION} it versions stored bundles.
 * 2: names ending in k without their tone ("Đăk Hà"), a folded surname before a middle name ("Luc Van Quan").
 * 3: a name half typed with its marks ("Bắc Kan", "Chu Sê"); a lone syllable no Vietnamese word spells after its type word in lower case ("huyện kbang").
 * 4: the portal's name in the page header places the article (`MeetingFacts.portal`).
 * 5: a known name ending an unknown unit's after its type word ("phường Nam Gia Nghĩa") is not found.
 */
// 6: initialism aliases without their marks ("brvt").
// 7: a commune's type word before a former district's name, its province named nearby ("phường Vĩnh Châu, thành phố Cần Thơ").
// 8: the item headlines of a weekly roundup ("Điểm tin … trong tuần") place it too.
// 9: that former district also with its province named bare beside it ("xã Tam Nông (Phú Thọ)").
const PLACES_VERSION = 9;

/** Version of a stored bundle: a stored one of another version is recomputed from the article. */
export const BUNDLE_VERSION = RECORDS_VERSION * 1000 + PLACES_VERSION;

/** How much of the body, after the headline, counts as the article's lead (where it says whose meeting it is). */
const LEAD_CHARS = 400;

/**
 * Places of an article, as gazetteer keys (`placeKey`). Each linked unit brings its province, so a
 * district portal's article that never names its province still belongs to it.
 */
export interface DocPlaces {
  /** Places the article is about: named in its headline, its lead, or as the meeting's organisation. */
  own: string[];
  /** Every place the article names anywhere (own included). */
  named: string[];
}

/** Everything stored per body. */
export interface DocRecords extends ArticleRecords {
  places: DocPlaces;
}

/** Compute the bundle of one article (its title, body, date and parser facts). */
export function buildDocRecords(article: RecordsInput): DocRecords {
  const records = extractRecords(article);
  return {
    ...records,
    places: linkDocPlaces(article.title, article.body, records.meeting.orgName, article.facts.portal ?? null),
  };
}

/**
 * Link the places of an article: those of its headline, lead and organisation are its own. The
 * portal's name ("CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH NINH BÌNH") places an article whose headline
 * says only "Thường trực Tỉnh ủy làm việc với …": its places are the article's own too, unless the
 * headline and lead are about another province.
 */
export function linkDocPlaces(
  title: string,
  body: string,
  orgName: string | null,
  portal: string | null = null,
): DocPlaces {
  const text = `${title}\n${orgName ?? ''}\n${body}`;
  const leadEnd = title.length + (orgName?.length ?? 0) + 2 + LEAD_CHARS;
  const own = new Set<string>();
  const named = new Set<string>();
  const ownProvinces = new Set<string>();
  // A roundup's items are meetings of their own: the places their headlines name are the article's.
  const items = itemHeadlines(title, text, leadEnd - LEAD_CHARS);
  for (const m of findPlaces(text)) {
    const keys = keysOf(m);
    for (const k of keys) named.add(k);
    if (items.some((r) => m.start >= r.start && m.end <= r.end)) {
      for (const k of keys) own.add(k);
      continue;
    }
    if (m.start >= leadEnd) continue;
    for (const k of keys) own.add(k);
    for (const u of m.ambiguous ? m.candidates : m.candidates.slice(0, 1))
      ownProvinces.add(placeKey(provinceOf(u)));
  }
  for (const m of portal ? findPlaces(portal) : []) {
    const province = placeKey(provinceOf(m.candidates[0]!));
    if (m.ambiguous || [...ownProvinces].some((p) => p !== province)) continue;
    for (const k of keysOf(m)) {
      named.add(k);
      own.add(k);
    }
  }
  return { own: [...own], named: [...named] };
}

/** Keys of a mention's unit (every candidate when the text leaves it open) and of their provinces. */
function keysOf(m: PlaceMention): string[] {
  const units = m.ambiguous ? m.candidates : m.candidates.slice(0, 1);
  const out: string[] = [];
  for (const u of units) {
    out.push(placeKey(u));
    if (u.level !== 'province') out.push(placeKey(provinceOf(u)));
  }
  return out;
}
