import { Composer, type Context } from 'grammy';
import { phraseMatches } from '../../text/phrase.ts';
import type { FeatureDeps } from '../deps.ts';
import { escapeHtml } from '../format/html.ts';
import { formatSearchPage, SEARCH_PAGE_SIZE, type SearchHit, searchPager } from '../format/search.ts';
import { i18n, tr, userLang } from '../i18n.ts';
import { withTyping } from '../middleware/typing.ts';
import { PendingStore } from '../pending.ts';
import { docsAtPlaces, type PlaceArgument, placeLabel, splitPlaces } from '../place-filter.ts';
import { groupReplyTarget, replyHtml } from '../reply.ts';

/** Passages asked of the engine; only those holding the phrase are kept. */
export const SEARCH_K = 40;
/** Articles found by title at most. */
const TITLE_LIMIT = 20;
/** The usage line of /search in Vietnamese (tests compare against it). */
export const SEARCH_USAGE = i18n.t('vi', 'search-usage');
/** What an expired page button says, in Vietnamese. */
export const SEARCH_EXPIRED = i18n.t('vi', 'search-expired');
const PAGE_DATA = /^sr:([A-Za-z0-9_-]{8}):(\d{1,3})$/;

/**
 * `/search <từ khóa>`: articles whose title or text holds the words as a phrase (so `ngân sách`
 * never stands for `chính sách`), each with title, date and an excerpt with the words in bold,
 * five per page with [‹ Trước] / [Sau ›]. Result lists are kept in memory for the paging buttons.
 */
export function searchFeature(deps: FeatureDeps): Composer<Context> {
  const composer = new Composer<Context>();
  const results = new PendingStore<{ phrase: string; hits: SearchHit[] }>(() => deps.now().getTime());
  composer.command('search', async (ctx) => {
    const typed = ctx.match.replace(/\s+/g, ' ').trim();
    if (!typed) {
      await ctx.reply(tr(ctx, 'search-usage'));
      return;
    }
    // "ngân sách Mường Lay": the phrase "ngân sách" in articles about or naming Mường Lay. A place
    // alone ("Mường Lay") stays the phrase searched, so titles and texts that write it are found.
    const split = splitPlaces(typed);
    const filtered = split.places.length > 0 && split.rest !== '';
    const phrase = filtered ? split.rest : typed;
    // The engine is asked with the place too, so passages of that place rank within its top k.
    const found = await withTyping(ctx, deps.logger, () => findHits(deps, phrase, typed));
    const hits = filtered ? atPlaces(deps, found, split.places) : found;
    const replyTo = groupReplyTarget(ctx);
    if (hits.length === 0) {
      const vars = { phrase: escapeHtml(phrase), place: escapeHtml(placeLabel(split.places)) };
      const none = filtered ? tr(ctx, 'search-none-at-place', vars) : tr(ctx, 'search-none', vars);
      await replyHtml(ctx, none, { replyTo });
      return;
    }
    const id = results.put(ctx.from?.id ?? 0, ctx.chat.id, { phrase, hits });
    await replyHtml(ctx, formatSearchPage(phrase, hits, 0, userLang(ctx)), {
      replyTo,
      keyboard: searchPager(id, 0, hits.length, userLang(ctx)),
    });
  });
  composer.callbackQuery(PAGE_DATA, async (ctx) => {
    const [, id, page] = PAGE_DATA.exec(ctx.callbackQuery.data)!;
    // The pages belong to whoever searched, in that chat; the list is put back for the next turn.
    const taken = results.take(id!, ctx.from.id, ctx.chat?.id);
    const entry = taken === 'missing' || taken === 'foreign' ? null : taken.value;
    if (!entry) {
      await ctx.answerCallbackQuery({ text: tr(ctx, 'search-expired') });
      return;
    }
    const newId = results.put(ctx.from.id, ctx.chat!.id, entry);
    const p = Math.min(Number(page), Math.ceil(entry.hits.length / SEARCH_PAGE_SIZE) - 1);
    await ctx.answerCallbackQuery();
    await replyHtml(ctx, formatSearchPage(entry.phrase, entry.hits, p, userLang(ctx)), {
      keyboard: searchPager(newId, p, entry.hits.length, userLang(ctx)),
    });
  });
  return composer;
}

/** The hits about or naming every place of `places`, in their order. */
function atPlaces(deps: FeatureDeps, hits: SearchHit[], places: PlaceArgument['places']): SearchHit[] {
  const docs = docsAtPlaces(deps.engine.facets(), places);
  return hits.filter((h) => docs.has(h.docId));
}

/** Title matches first (newest first), then articles whose passages hold the phrase, one hit per article. */
async function findHits(deps: FeatureDeps, phrase: string, query = phrase): Promise<SearchHit[]> {
  const passages = await deps.engine.search(query, SEARCH_K);
  const withPhrase = passages.filter((p) => phraseMatches(p.text, phrase).length > 0);
  const textByDoc = new Map<string, string>();
  for (const p of withPhrase) if (!textByDoc.has(p.docId)) textByDoc.set(p.docId, p.text);
  const hits: SearchHit[] = deps.engine.searchTitles(phrase, TITLE_LIMIT).map((t) => ({
    ...t,
    text: textByDoc.get(t.docId) ?? '',
    inTitle: true,
  }));
  const seen = new Set(hits.map((h) => h.docId));
  for (const [docId, text] of textByDoc) {
    if (seen.has(docId)) continue;
    const doc = deps.engine.document(docId);
    if (!doc) continue;
    seen.add(docId);
    hits.push({ docId, title: doc.title, published: doc.published, text, inTitle: false });
  }
  return hits;
}
