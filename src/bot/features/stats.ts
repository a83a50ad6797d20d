import { Composer, type Context, InputFile } from 'grammy';
import { StatsChartCache } from '../chart/stats-chart.ts';
import { type FeatureDeps, isAdminUser } from '../deps.ts';
import { formatStats } from '../format/stats.ts';
import { tr, userLang } from '../i18n.ts';
import { replyHtml } from '../reply.ts';

/**
 * `/stats` (and `/thongke`): articles, chunks, whether vectors are on, model, index age; then a PNG
 * chart of meetings per quarter by province, with counts. The chart is a bonus: when it cannot be
 * drawn or sent, the log says why and the user still has the text.
 */
export function statsFeature(deps: FeatureDeps): Composer<Context> {
  const composer = new Composer<Context>();
  const charts = new StatsChartCache(deps.engine);
  composer.command(['stats', 'thongke'], async (ctx) => {
    const lang = userLang(ctx);
    const stats = deps.engine.stats();
    await replyHtml(
      ctx,
      formatStats(stats, deps.now(), {
        admin: ctx.chat.type === 'private' && isAdminUser(deps, ctx.from?.id),
        lang,
      }),
    );
    try {
      const chart = await charts.get(stats.generation, lang);
      if (!chart) return;
      const caption = tr(ctx, 'stats-chart-caption', {
        provinces: chart.data.provinces.length,
        shown: chart.data.shown,
        total: chart.data.total,
      });
      await ctx.replyWithPhoto(new InputFile(chart.png, 'stats.png'), { caption });
    } catch (err) {
      deps.logger.warn({ err, chatId: ctx.chat.id }, 'bot: /stats chart not sent');
    }
  });
  return composer;
}
