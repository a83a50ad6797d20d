import { type Composer, type Context, InlineKeyboard } from 'grammy';
import type { ArticlePreview, UpdateReport } from '../../engine/types.ts';
import { redact } from '../../log.ts';
import { docxToHtml, ExtractError, fetchDocument, pdfToHtml } from '../../web/extract.ts';
import { FetchError } from '../../web/fetch.ts';
import type { FeatureDeps } from '../deps.ts';
import { BOT_API_DOWNLOAD_LIMIT_BYTES, downloadTelegramFile } from '../download.ts';
import { escapeHtml } from '../format/html.ts';
import { formatDuplicate, formatPreview, link } from '../format/preview.ts';
import { isCommandForMe, leadingCommand } from '../middleware/addressed.ts';
import { withTyping } from '../middleware/typing.ts';
import { PendingStore } from '../pending.ts';
import { replyHtml } from '../reply.ts';

export const ADD_USAGE =
  'Cách dùng: /add rồi một hoặc vài địa chỉ trang (http/https), hoặc dán nội dung bài (tiêu đề ở dòng đầu); hoặc gửi tệp .txt/.html/.pdf/.docx kèm chú thích /add.';
export const REMOVE_USAGE = 'Cách dùng: /remove <mã bài>. Mã bài xem trong /latest.';
export const BAD_FILE_TYPE = 'Chỉ nhận tệp .txt, .html, .pdf hoặc .docx.';
export const NOT_UTF8 = 'Tệp không phải văn bản UTF-8.';
export const NO_ARTICLE =
  'Không tìm thấy nội dung bài viết (chỉ có tiêu đề hoặc phần trang trí). Không lưu gì.';
export const CANCELLED = 'Đã hủy, không lưu gì.';
export const REMOVE_CANCELLED = 'Đã hủy, không xóa gì.';
export const PENDING_GONE = 'Yêu cầu này đã hết hạn hoặc đã xử lý. Hãy gửi lại lệnh.';
export const PENDING_FOREIGN = 'Nút này thuộc về yêu cầu của người khác.';
/** Most URLs one `/add` fetches. */
export const MAX_URLS_PER_ADD = 5;

/** docIds are file stems; anything else cannot name an article. */
const DOC_ID = /^[\w.~-]{1,200}$/;
const URL_TOKEN = /^https?:\/\/\S+$/i;
const ACTION_DATA = /^(add|rm):(ok|no):([A-Za-z0-9_-]{8})$/;

type Format = 'txt' | 'html';
type Work = () => Promise<{ report: UpdateReport; headline?: string }>;

/** What the admin feature lends: its access check and its one-at-a-time update runner. */
export interface IngestHelpers {
  allowed(ctx: Context, action: string): Promise<boolean>;
  runUpdate(ctx: Context, action: string, detail: object, work: Work): Promise<void>;
}

type Pending =
  | { kind: 'add'; content: string; format: Format; title: string; url: string | null }
  | { kind: 'remove'; docId: string; title: string };

/**
 * `/add` and `/remove` with a look before anything changes. `/add <url …>` fetches each page (or
 * PDF, DOCX) safely, `/add <text>` and a document captioned `/add` are read as they are; each is
 * parsed exactly as the index will parse it and shown with [Lưu] / [Hủy]: nothing is written before
 * [Lưu]. An article already stored (same URL or same text) is named instead. `/remove <id>` asks
 * [Xóa] / [Hủy] first. The buttons work only for the admin who asked, in the same chat.
 */
export function registerIngest(composer: Composer<Context>, deps: FeatureDeps, helpers: IngestHelpers): void {
  const { engine, logger } = deps;
  const pending = new PendingStore<Pending>(() => deps.now().getTime());
  const maxBytes = deps.config.MAX_FILE_MB * 1024 * 1024;

  /** Show the preview (or why there is nothing to save) and keep the content until a button is pressed. */
  const offer = async (ctx: Context, content: string, format: Format): Promise<void> => {
    const preview: ArticlePreview = engine.previewArticle(content, { format });
    if (!preview.ok) {
      await replyHtml(ctx, preview.url ? `${link(preview.url, preview.url)}\n${NO_ARTICLE}` : NO_ARTICLE);
      return;
    }
    if (preview.duplicateOf) {
      await replyHtml(ctx, formatDuplicate(preview.duplicateOf));
      return;
    }
    const id = pending.put(ctx.from!.id, ctx.chat!.id, {
      kind: 'add',
      content,
      format,
      title: preview.title,
      url: preview.url,
    });
    const keyboard = new InlineKeyboard().text('Lưu', `add:ok:${id}`).text('Hủy', `add:no:${id}`);
    await replyHtml(ctx, formatPreview(preview), { keyboard });
  };

  composer.command('add', async (ctx) => {
    if (!(await helpers.allowed(ctx, 'add'))) return;
    // Not ctx.match: a pasted article keeps its line breaks after the command.
    const args = leadingCommand(ctx.message!)?.args ?? '';
    if (!args) {
      await ctx.reply(ADD_USAGE);
      return;
    }
    const tokens = args.split(/\s+/);
    if (!tokens.every((t) => URL_TOKEN.test(t))) {
      logger.info({ userId: ctx.from?.id, source: 'text', chars: args.length }, 'admin: add preview');
      await offer(ctx, args, 'txt');
      return;
    }
    const urls = [...new Set(tokens)];
    if (urls.length > MAX_URLS_PER_ADD) {
      await ctx.reply(`Mỗi lần /add tối đa ${MAX_URLS_PER_ADD} địa chỉ.`);
      return;
    }
    for (const url of urls) {
      logger.info({ userId: ctx.from?.id, source: 'url', host: hostOf(url) }, 'admin: add preview');
      try {
        const doc = await withTyping(ctx, logger, () =>
          fetchDocument(url, {
            maxBytes,
            timeoutMs: deps.config.FETCH_TIMEOUT_SECONDS * 1000,
            allowPrivate: deps.config.FETCH_ALLOW_PRIVATE,
          }),
        );
        await offer(ctx, doc.file, 'html');
      } catch (err) {
        logger.warn(
          { userId: ctx.from?.id, host: hostOf(url), err: (err as Error).message },
          'admin: fetch failed',
        );
        await replyHtml(ctx, fetchFailure(url, err, deps.token));
      }
    }
  });

  // Commands are not matched in captions, so a document captioned /add is handled here.
  composer.on('message:document', async (ctx, next) => {
    const command = leadingCommand(ctx.message);
    if (command?.name !== 'add' || !isCommandForMe(ctx, command)) return next();
    if (!(await helpers.allowed(ctx, 'add'))) return;
    const doc = ctx.message.document;
    const format = documentFormat(doc.file_name, doc.mime_type);
    if (!format) {
      await ctx.reply(BAD_FILE_TYPE);
      return;
    }
    const limit = Math.min(maxBytes, BOT_API_DOWNLOAD_LIMIT_BYTES);
    if (doc.file_size !== undefined && doc.file_size > limit) {
      await ctx.reply(`Tệp quá lớn: tối đa ${(limit / 1024 / 1024).toFixed(0)} MB.`);
      return;
    }
    logger.info(
      { userId: ctx.from.id, source: 'document', fileName: doc.file_name, bytes: doc.file_size },
      'admin: add preview',
    );
    try {
      const content = await withTyping(ctx, logger, async () => {
        const bytes = await downloadTelegramFile(ctx.api, doc.file_id, {
          token: deps.token,
          apiRoot: deps.config.TELEGRAM_API_ROOT,
          maxBytes: limit,
        });
        if (format === 'pdf') return pdfToHtml(bytes);
        if (format === 'docx') return docxToHtml(bytes);
        return decodeUtf8(bytes);
      });
      await offer(ctx, content, format === 'txt' ? 'txt' : 'html');
    } catch (err) {
      logger.warn({ userId: ctx.from.id, err: (err as Error).message }, 'admin: document not read');
      const reason =
        err instanceof ExtractError || (err as Error).message === NOT_UTF8 ? userReason(err) : '';
      await replyHtml(
        ctx,
        `Không đọc được tệp này${reason ? `: ${reason}` : '.'}\n<i>Chi tiết: ${escapeHtml(redact((err as Error).message, [deps.token]))}</i>`,
      );
    }
  });

  composer.command('remove', async (ctx) => {
    if (!(await helpers.allowed(ctx, 'remove'))) return;
    const docId = ctx.match.trim();
    const doc = DOC_ID.test(docId) ? engine.document(docId) : undefined;
    if (!doc) {
      if (docId && DOC_ID.test(docId)) {
        await replyHtml(
          ctx,
          `Không có bài nào mã <code>${escapeHtml(docId)}</code>. Mã bài xem trong /latest.`,
        );
      } else await ctx.reply(REMOVE_USAGE);
      return;
    }
    const id = pending.put(ctx.from!.id, ctx.chat!.id, { kind: 'remove', docId, title: doc.title });
    const keyboard = new InlineKeyboard().text('Xóa', `rm:ok:${id}`).text('Hủy', `rm:no:${id}`);
    await replyHtml(ctx, `Xóa bài <code>${escapeHtml(docId)}</code> — <b>${escapeHtml(doc.title)}</b>?`, {
      keyboard,
    });
  });

  composer.callbackQuery(ACTION_DATA, async (ctx) => {
    const [, kind, verb, id] = ACTION_DATA.exec(ctx.callbackQuery.data)!;
    const isAdmin = deps.config.ADMIN_IDS.includes(ctx.from.id);
    const taken = isAdmin ? pending.take(id!, ctx.from.id, ctx.chat?.id) : 'foreign';
    if (
      taken === 'missing' ||
      taken === 'foreign' ||
      taken.value.kind !== (kind === 'add' ? 'add' : 'remove')
    ) {
      logger.info({ userId: ctx.from.id, data: ctx.callbackQuery.data, isAdmin }, 'admin: button refused');
      await ctx.answerCallbackQuery({ text: taken === 'foreign' ? PENDING_FOREIGN : PENDING_GONE });
      return;
    }
    await ctx.answerCallbackQuery();
    // The question is answered: its buttons go (cosmetic; an old client may keep showing them).
    await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch((err: unknown) => {
      logger.debug({ reason: (err as Error).message }, 'bot: could not remove the buttons');
    });
    const value = taken.value;
    if (verb === 'no') {
      await ctx.reply(value.kind === 'add' ? CANCELLED : REMOVE_CANCELLED);
      return;
    }
    if (value.kind === 'add') {
      await helpers.runUpdate(ctx, 'add', { source: value.url ? 'url' : 'content' }, async () => {
        const { docId, report } = await engine.addArticle(value.content, { format: value.format });
        return { report, headline: `Đã thêm bài <code>${escapeHtml(docId)}</code>.` };
      });
      return;
    }
    await helpers.runUpdate(ctx, 'remove', { docId: value.docId }, async () => ({
      report: await engine.removeArticle(value.docId),
      headline: `Đã xóa bài <code>${escapeHtml(value.docId)}</code> — ${escapeHtml(value.title)}.`,
    }));
  });
}

/** `.txt`, `.html`/`.htm`, `.pdf`, `.docx`, else by MIME type; null for anything else. */
export function documentFormat(
  fileName: string | undefined,
  mimeType: string | undefined,
): 'txt' | 'html' | 'pdf' | 'docx' | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
  if (ext === 'txt') return 'txt';
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'pdf') return 'pdf';
  if (ext === 'docx') return 'docx';
  if (ext === undefined) {
    if (mimeType === 'text/plain') return 'txt';
    if (mimeType === 'text/html') return 'html';
    if (mimeType === 'application/pdf') return 'pdf';
    if (mimeType === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') return 'docx';
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

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '?';
  }
}

/** A fetch or extraction failure in the admin's words, with the technical cause on its own line. */
function fetchFailure(url: string, err: unknown, token: string): string {
  const detail = escapeHtml(redact((err as Error).message ?? String(err), [token]));
  return `Không lấy được ${link(url, url)}: ${userReason(err)}\n<i>Chi tiết: ${detail}</i>`;
}

function userReason(err: unknown): string {
  if (err instanceof FetchError) {
    switch (err.code) {
      case 'bad-url':
        return 'địa chỉ không hợp lệ (chỉ nhận http và https).';
      case 'blocked-address':
        return 'địa chỉ nội bộ hoặc riêng tư bị chặn.';
      case 'dns':
        return 'không tìm thấy tên miền.';
      case 'timeout':
        return 'máy chủ không trả lời kịp.';
      case 'too-large':
        return 'tài liệu quá lớn.';
      case 'too-many-redirects':
        return 'chuyển hướng quá nhiều lần.';
      case 'http-status':
        return 'máy chủ trả lỗi.';
      case 'content-type':
        return 'đây không phải trang web, PDF hay DOCX.';
      default:
        return 'lỗi mạng.';
    }
  }
  if (err instanceof ExtractError) {
    return err.code === 'unsupported'
      ? 'đây không phải trang web, PDF hay DOCX.'
      : err.code === 'empty'
        ? 'tài liệu không có chữ.'
        : 'tài liệu bị hỏng hoặc không đọc được.';
  }
  if ((err as Error).message === NOT_UTF8) return 'tệp không phải văn bản UTF-8.';
  return 'lỗi không rõ.';
}
