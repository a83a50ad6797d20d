import { Composer, type Context } from 'grammy';
import { type FeatureDeps, isAdminUser } from '../deps.ts';
import { escapeHtml } from '../format/html.ts';
import { formatLatest } from '../format/lists.ts';
import { i18n, type Lang, tr, userLang } from '../i18n.ts';
import { docsAtPlaces, placeLabel, splitPlaces } from '../place-filter.ts';
import { replyHtml } from '../reply.ts';

export const DEFAULT_LATEST = 5;
export const MAX_LATEST = 20;

/** The usage line of /latest in `lang` (Vietnamese by default; tests compare against it). */
export function latestUsage(lang: Lang = 'vi'): string {
  return i18n.t(lang, 'latest-usage', { max: MAX_LATEST, default: DEFAULT_LATEST });
}
export const LATEST_USAGE = latestUsage();

/** `/latest [n] [place]`: the n newest reports, of one place when one is named ("/latest Kon Tum"). */
export function latestFeature(deps: FeatureDeps): Composer<Context> {
  const composer = new Composer<Context>();
  composer.command('latest', async (ctx) => {
    const lang = userLang(ctx);
    const parsed = parseLatestArgument(ctx.match);
    if (parsed === null) {
      await ctx.reply(latestUsage(lang));
      return;
    }
    const { asked, place } = parsed;
    // More than the cap is capped, with a note, rather than refused.
    const n = Math.min(asked, MAX_LATEST);
    const items = place
      ? deps.engine.latest(n, { only: docsAtPlaces(deps.engine.facets(), place.places) })
      : deps.engine.latest(n);
    if (place && items.length === 0) {
      await replyHtml(ctx, tr(ctx, 'latest-none-at-place', { place: escapeHtml(placeLabel(place.places)) }));
      return;
    }
    // docIds are what /remove takes; shown to admins in private only, to keep groups uncluttered.
    const showDocIds = ctx.chat.type === 'private' && isAdminUser(deps, ctx.from?.id);
    const note = asked > MAX_LATEST ? `<i>ℹ️ ${tr(ctx, 'latest-capped', { max: MAX_LATEST })}</i>\n\n` : '';
    const where = place ? escapeHtml(placeLabel(place.places)) : undefined;
    await replyHtml(ctx, note + formatLatest(items, { showDocIds, lang, place: where }));
  });
  return composer;
}

/** What `/latest` was asked: how many, and of which places. */
export interface LatestArgument {
  asked: number;
  /** The places named, or undefined for all articles. */
  place?: ReturnType<typeof splitPlaces>;
}

/**
 * `''` → the default count; a whole number from 1 → that number (the caller caps it at 20); a place,
 * with or without a count before or after it ("Kon Tum", "10 Kon Tum") → that place; anything else
 * (a word that is no place, 0, -3, 5.5) → null.
 */
export function parseLatestArgument(arg: string): LatestArgument | null {
  const text = arg.replace(/\s+/g, ' ').trim();
  const count = parseCount(text);
  if (count !== null) return { asked: count };
  const m = /^(?:(\d{1,6}) )?(.+?)(?: (\d{1,6}))?$/u.exec(text);
  if (!m?.[2]) return null;
  const asked = parseCount(m[1] ?? m[3] ?? '');
  const place = splitPlaces(m[2]);
  // Only a place (and its type words) may stand beside the count.
  if (asked === null || place.places.length === 0 || place.rest !== '') return null;
  return { asked, place };
}

/** `''` → the default; a whole number from 1 → that number (the caller caps it at 20); anything else → null. */
export function parseCount(arg: string): number | null {
  const text = arg.trim();
  if (text === '') return DEFAULT_LATEST;
  if (!/^\d{1,6}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 ? n : null;
}
