import { Composer, type Context } from 'grammy';
import type { UpdateReport } from '../../engine/types.ts';
import { redact } from '../../log.ts';
import type { FeatureDeps } from '../deps.ts';
import { escapeHtml } from '../format/html.ts';
import { formatUpdateReport } from '../format/stats.ts';
import { i18n, tr, userLang } from '../i18n.ts';
import { adminVerdict } from '../middleware/admin.ts';
import { withTyping } from '../middleware/typing.ts';
import { replyHtml } from '../reply.ts';
import { registerIngest } from './ingest.ts';

export const NOT_ADMIN = i18n.t('vi', 'admin-only');
export const FORWARDED = i18n.t('vi', 'admin-forwarded');
export const BUSY = i18n.t('vi', 'admin-busy');
export const UPDATE_STARTED = i18n.t('vi', 'update-started');
export { ADD_USAGE, BAD_FILE_TYPE, documentFormat, NOT_UTF8, REMOVE_USAGE } from './ingest.ts';

type UpdateWork = () => Promise<{ report: UpdateReport; headline?: string }>;

/**
 * /reindex, /add, /remove (the last two in ingest.ts) — for ADMIN_IDS only (see `adminVerdict` for what counts as the admin).
 * Updates run one at a time: when one is running, the admin is told so rather than queued, because
 * a queued /reindex would mostly redo the work the running one is doing. Questions keep being
 * answered meanwhile (the engine serves the old index until the new one is ready).
 */
export function adminFeature(deps: FeatureDeps): Composer<Context> {
  const composer = new Composer<Context>();
  const { engine, logger } = deps;
  // Set synchronously before the first await, so two commands arriving together cannot both start.
  let busy = false;

  const allowed = async (ctx: Context, action: string): Promise<boolean> => {
    const verdict = adminVerdict(ctx, deps.config.ADMIN_IDS);
    if (verdict === 'ok') return true;
    logger.warn({ userId: ctx.from?.id, chatId: ctx.chat?.id, action, verdict }, 'admin: refused');
    await ctx.reply(verdict === 'forwarded' ? tr(ctx, 'admin-forwarded') : tr(ctx, 'admin-only'));
    return false;
  };

  const runUpdate = async (ctx: Context, action: string, detail: object, work: UpdateWork): Promise<void> => {
    const userId = ctx.from?.id;
    if (busy || engine.updating) {
      logger.info({ userId, action, ...detail }, 'admin: refused, an update is running');
      await ctx.reply(tr(ctx, 'admin-busy'));
      return;
    }
    busy = true;
    try {
      logger.info({ userId, action, ...detail }, 'admin: update started');
      await ctx.reply(tr(ctx, 'update-started'));
      const { report, headline } = await withTyping(ctx, logger, work);
      logger.info(
        {
          userId,
          action,
          ...detail,
          added: report.added.length,
          changed: report.changed.length,
          removed: report.removed.length,
          unchanged: report.unchanged,
          skipped: report.skipped.length,
          seconds: report.seconds,
        },
        'admin: update done',
      );
      await replyHtml(ctx, (headline ? `${headline}\n` : '') + formatUpdateReport(report, userLang(ctx)));
    } catch (err) {
      logger.error({ userId, action, ...detail, err }, 'admin: update failed');
      // Admins see the engine's reason (it names the bad value and the remedy) on a line of its own.
      const reason = escapeHtml(redact((err as Error).message ?? String(err), [deps.token]));
      await replyHtml(
        ctx,
        `${tr(ctx, 'update-failed')}\n<i>${tr(ctx, 'detail-line', { detail: reason })}</i>`,
      );
    } finally {
      busy = false;
    }
  };

  composer.command('reindex', async (ctx) => {
    if (!(await allowed(ctx, 'reindex'))) return;
    await runUpdate(ctx, 'reindex', {}, async () => ({ report: await engine.reindex() }));
  });

  registerIngest(composer, deps, { allowed, runUpdate });

  return composer;
}
