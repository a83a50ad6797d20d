import { Composer, type Context } from 'grammy';
import type { UpdateReport } from '../../engine/types.ts';
import { redact } from '../../log.ts';
import type { FeatureDeps } from '../deps.ts';
import { BOT_API_DOWNLOAD_LIMIT_BYTES, downloadTelegramFile } from '../download.ts';
import { escapeHtml } from '../format/html.ts';
import { formatUpdateReport } from '../format/stats.ts';
import { isCommandForMe, leadingCommand } from '../middleware/addressed.ts';
import { adminVerdict } from '../middleware/admin.ts';
import { withTyping } from '../middleware/typing.ts';
import { replyHtml } from '../reply.ts';

export const NOT_ADMIN = 'Lệnh này chỉ dành cho quản trị viên.';
export const FORWARDED = 'Lệnh quản trị phải được gửi trực tiếp, không nhận tin nhắn chuyển tiếp.';
export const BUSY = 'Một cập nhật khác đang chạy. Hãy thử lại khi nó xong (xem /stats).';
export const UPDATE_STARTED = '⏳ Đang cập nhật chỉ mục; câu hỏi vẫn được trả lời trong lúc này…';
export const ADD_USAGE =
  'Cách dùng: /add rồi dán nội dung bài (tiêu đề ở dòng đầu), hoặc gửi tệp .txt/.html kèm chú thích /add.';
export const REMOVE_USAGE = 'Cách dùng: /remove <mã bài>. Mã bài xem trong /latest.';
export const BAD_FILE_TYPE = 'Chỉ nhận tệp .txt hoặc .html.';
export const NOT_UTF8 = 'Tệp không phải văn bản UTF-8.';

/** docIds are file stems; anything else cannot name an article. */
const DOC_ID = /^[\w.-]{1,200}$/;

type UpdateWork = () => Promise<{ report: UpdateReport; headline?: string }>;

/**
 * /reindex, /add, /remove — for ADMIN_IDS only (see `adminVerdict` for what counts as the admin).
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
    await ctx.reply(verdict === 'forwarded' ? FORWARDED : NOT_ADMIN);
    return false;
  };

  const runUpdate = async (ctx: Context, action: string, detail: object, work: UpdateWork): Promise<void> => {
    const userId = ctx.from?.id;
    if (busy || engine.updating) {
      logger.info({ userId, action, ...detail }, 'admin: refused, an update is running');
      await ctx.reply(BUSY);
      return;
    }
    busy = true;
    try {
      logger.info({ userId, action, ...detail }, 'admin: update started');
      await ctx.reply(UPDATE_STARTED);
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
      await replyHtml(ctx, (headline ? `${headline}\n` : '') + formatUpdateReport(report));
    } catch (err) {
      logger.error({ userId, action, ...detail, err }, 'admin: update failed');
      // Admins see the engine's reason: it names the bad value and the remedy.
      await ctx.reply(`Cập nhật thất bại: ${redact((err as Error).message ?? String(err), [deps.token])}`);
    } finally {
      busy = false;
    }
  };

  composer.command('reindex', async (ctx) => {
    if (!(await allowed(ctx, 'reindex'))) return;
    await runUpdate(ctx, 'reindex', {}, async () => ({ report: await engine.reindex() }));
  });

  composer.command('remove', async (ctx) => {
    if (!(await allowed(ctx, 'remove'))) return;
    const docId = ctx.match.trim();
    if (!DOC_ID.test(docId)) {
      await ctx.reply(REMOVE_USAGE);
      return;
    }
    await runUpdate(ctx, 'remove', { docId }, async () => ({
      report: await engine.removeArticle(docId),
      headline: `Đã xóa bài <code>${escapeHtml(docId)}</code>.`,
    }));
  });

  composer.command('add', async (ctx) => {
    if (!(await allowed(ctx, 'add'))) return;
    // Not ctx.match: the article keeps its line breaks after the command.
    const content = leadingCommand(ctx.message!)?.args ?? '';
    if (!content) {
      await ctx.reply(ADD_USAGE);
      return;
    }
    await runUpdate(ctx, 'add', { source: 'text', chars: content.length }, () => addArticle(content, 'txt'));
  });

  // Commands are not matched in captions, so a document captioned /add is handled here.
  composer.on('message:document', async (ctx, next) => {
    const command = leadingCommand(ctx.message);
    if (command?.name !== 'add' || !isCommandForMe(ctx, command)) return next();
    if (!(await allowed(ctx, 'add'))) return;
    const doc = ctx.message.document;
    const format = documentFormat(doc.file_name, doc.mime_type);
    if (!format) {
      await ctx.reply(BAD_FILE_TYPE);
      return;
    }
    const maxBytes = Math.min(deps.config.MAX_FILE_MB * 1024 * 1024, BOT_API_DOWNLOAD_LIMIT_BYTES);
    if (doc.file_size !== undefined && doc.file_size > maxBytes) {
      await ctx.reply(`Tệp quá lớn: tối đa ${(maxBytes / 1024 / 1024).toFixed(0)} MB.`);
      return;
    }
    const detail = { source: 'document', fileName: doc.file_name, bytes: doc.file_size };
    await runUpdate(ctx, 'add', detail, async () => {
      const bytes = await downloadTelegramFile(ctx.api, doc.file_id, {
        token: deps.token,
        apiRoot: deps.config.TELEGRAM_API_ROOT,
        maxBytes,
      });
      return addArticle(decodeUtf8(bytes), format);
    });
  });

  async function addArticle(content: string, format: 'txt' | 'html') {
    const { docId, report } = await engine.addArticle(content, { format });
    return { report, headline: `Đã thêm bài <code>${escapeHtml(docId)}</code>.` };
  }

  return composer;
}

/** `.txt` → txt, `.html`/`.htm` → html, else by MIME type; null when neither says text or HTML. */
export function documentFormat(
  fileName: string | undefined,
  mimeType: string | undefined,
): 'txt' | 'html' | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
  if (ext === 'txt') return 'txt';
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === undefined) {
    if (mimeType === 'text/plain') return 'txt';
    if (mimeType === 'text/html') return 'html';
  }
  return null;
}

function decodeUtf8(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new Error(NOT_UTF8);
  }
}
