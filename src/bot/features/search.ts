import { Composer, type Context } from 'grammy';
import type { FeatureDeps } from '../deps.ts';
import { formatPassages } from '../format/lists.ts';
import { withTyping } from '../middleware/typing.ts';
import { groupReplyTarget, replyHtml } from '../reply.ts';

/** Passages listed by /search. */
export const SEARCH_K = 5;
export const SEARCH_USAGE = 'Cách dùng: /search <từ khóa>. Ví dụ: /search giao ban quý I';

/** `/search <từ khóa>`: the top passages, without composing an answer. */
export function searchFeature(deps: FeatureDeps): Composer<Context> {
  const composer = new Composer<Context>();
  composer.command('search', async (ctx) => {
    const query = ctx.match.replace(/\s+/g, ' ').trim();
    if (!query) {
      await ctx.reply(SEARCH_USAGE);
      return;
    }
    const passages = await withTyping(ctx, deps.logger, () => deps.engine.search(query, SEARCH_K));
    await replyHtml(ctx, formatPassages(query, passages), { replyTo: groupReplyTarget(ctx) });
  });
  return composer;
}
