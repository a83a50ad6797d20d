import { Composer, type Context } from 'grammy';
import { type FeatureDeps, isAdminUser } from '../deps.ts';
import { formatStats } from '../format/stats.ts';
import { replyHtml } from '../reply.ts';

/** `/stats`: articles, chunks, whether vectors are on, model, index age. */
export function statsFeature(deps: FeatureDeps): Composer<Context> {
  const composer = new Composer<Context>();
  composer.command('stats', (ctx) =>
    replyHtml(
      ctx,
      formatStats(deps.engine.stats(), deps.now(), {
        admin: ctx.chat.type === 'private' && isAdminUser(deps, ctx.from?.id),
      }),
    ),
  );
  return composer;
}
