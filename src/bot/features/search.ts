import { Composer, type Context } from 'grammy';
import { phraseMatches } from '../../text/phrase.ts';
import type { FeatureDeps } from '../deps.ts';
import { escapeHtml } from '../format/html.ts';
import { formatSearchPage, SEARCH_PAGE_SIZE, type SearchHit, searchPager } from '../format/search.ts';
import { withTyping } from '../middleware/typing.ts';
import { PendingStore } from '../pending.ts';
import { groupReplyTarget, replyHtml } from '../reply.ts';

/** Passages asked of the engine; only those holding the phrase are kept. */
export const SEARCH_K = 40;
/** Articles found by title at most. */
const TITLE_LIMIT = 20;
export const SEARCH_USAGE = 'Cách dùng: /search <từ khóa>. Ví dụ: /search giao ban quý I';
export const SEARCH_EXPIRED = 'Kết quả tìm kiếm này đã cũ. Hãy tìm lại.';
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
    const phrase = ctx.match.replace(/\s+/g, ' ').trim();
    if (!phrase) {
      await ctx.reply(SEARCH_USAGE);
      return;
    }
    const hits = await withTyping(ctx, deps.logger, () => findHits(deps, phrase));
    const replyTo = groupReplyTarget(ctx);
    if (hits.length === 0) {
      await replyHtml(
        ctx,
        `Không tìm thấy bài nào có cụm “${escapeHtml(phrase)}”. Hãy thử từ khóa khác, có dấu hoặc không dấu.`,
        { replyTo },
      );
      return;
    }
    const id = results.put(ctx.from?.id ?? 0, ctx.chat.id, { phrase, hits });
    await replyHtml(ctx, formatSearchPage(phrase, hits, 0), {
      replyTo,
      keyboard: searchPager(id, 0, hits.length),
    });
  });
  composer.callbackQuery(PAGE_DATA, async (ctx) => {
    const [, id, page] = PAGE_DATA.exec(ctx.callbackQuery.data)!;
    // The pages belong to whoever searched, in that chat; the list is put back for the next turn.
    const taken = results.take(id!, ctx.from.id, ctx.chat?.id);
    const entry = taken === 'missing' || taken === 'foreign' ? null : taken.value;
    if (!entry) {
      await ctx.answerCallbackQuery({ text: SEARCH_EXPIRED });
      return;
    }
    const newId = results.put(ctx.from.id, ctx.chat!.id, entry);
    const p = Math.min(Number(page), Math.ceil(entry.hits.length / SEARCH_PAGE_SIZE) - 1);
    await ctx.answerCallbackQuery();
    await replyHtml(ctx, formatSearchPage(entry.phrase, entry.hits, p), {
      keyboard: searchPager(newId, p, entry.hits.length),
    });
  });
  return composer;
}

/** Title matches first (newest first), then articles whose passages hold the phrase, one hit per article. */
async function findHits(deps: FeatureDeps, phrase: string): Promise<SearchHit[]> {
  const passages = await deps.engine.search(phrase, SEARCH_K);
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
