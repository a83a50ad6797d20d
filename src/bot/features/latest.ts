import { Composer, type Context } from 'grammy';
import { type FeatureDeps, isAdminUser } from '../deps.ts';
import { formatLatest } from '../format/lists.ts';
import { replyHtml } from '../reply.ts';

export const DEFAULT_LATEST = 5;
export const MAX_LATEST = 20;
export const LATEST_USAGE = `Cách dùng: /latest [n], với n là số từ 1 đến ${MAX_LATEST} (mặc định ${DEFAULT_LATEST}). Ví dụ: /latest 10`;

/** `/latest [n]`: the n newest reports. */
export function latestFeature(deps: FeatureDeps): Composer<Context> {
  const composer = new Composer<Context>();
  composer.command('latest', async (ctx) => {
    const n = parseCount(ctx.match);
    if (n === null) {
      await ctx.reply(LATEST_USAGE);
      return;
    }
    const items = deps.engine.latest(n);
    // docIds are what /remove takes; shown to admins in private only, to keep groups uncluttered.
    const showDocIds = ctx.chat.type === 'private' && isAdminUser(deps, ctx.from?.id);
    await replyHtml(ctx, formatLatest(items, { showDocIds }));
  });
  return composer;
}

/** `''` → the default; `1`…`20` → that number; anything else → null. */
export function parseCount(arg: string): number | null {
  const text = arg.trim();
  if (text === '') return DEFAULT_LATEST;
  if (!/^\d{1,3}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= MAX_LATEST ? n : null;
}
