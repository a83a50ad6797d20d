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
    const asked = parseCount(ctx.match);
    if (asked === null) {
      await ctx.reply(LATEST_USAGE);
      return;
    }
    // More than the cap is capped, with a note, rather than refused.
    const n = Math.min(asked, MAX_LATEST);
    const items = deps.engine.latest(n);
    // docIds are what /remove takes; shown to admins in private only, to keep groups uncluttered.
    const showDocIds = ctx.chat.type === 'private' && isAdminUser(deps, ctx.from?.id);
    const note = asked > MAX_LATEST ? `<i>ℹ️ Chỉ hiện tối đa ${MAX_LATEST} bản tin mỗi lần.</i>\n\n` : '';
    await replyHtml(ctx, note + formatLatest(items, { showDocIds }));
  });
  return composer;
}

/** `''` → the default; a whole number from 1 → that number (the caller caps it at 20); anything else → null. */
export function parseCount(arg: string): number | null {
  const text = arg.trim();
  if (text === '') return DEFAULT_LATEST;
  if (!/^\d{1,6}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 ? n : null;
}
