import { type Composer, type Context, InlineKeyboard } from 'grammy';
import type { ArticlePreview, UpdateReport } from '../../engine/types.ts';
import { redact } from '../../log.ts';
import { docxToHtml, ExtractError, fetchDocument, pdfToHtml } from '../../web/extract.ts';
import { FetchError } from '../../web/fetch.ts';
import type { FeatureDeps } from '../deps.ts';
import { BOT_API_DOWNLOAD_LIMIT_BYTES, downloadTelegramFile } from '../download.ts';
import { escapeHtml } from '../format/html.ts';
import { formatDuplicate, formatPreview, link } from '../format/preview.ts';
import { i18n, type Lang, tr, userLang } from '../i18n.ts';
import { isCommandForMe, leadingCommand } from '../middleware/addressed.ts';
import { withTyping } from '../middleware/typing.ts';
import { PendingStore } from '../pending.ts';
import { replyHtml } from '../reply.ts';

export const ADD_USAGE = i18n.t('vi', 'add-usage');
export const REMOVE_USAGE = i18n.t('vi', 'remove-usage');
export const BAD_FILE_TYPE = i18n.t('vi', 'add-bad-file-type');
/** Internal marker of an undecodable file (the user sees `add-reason-not-utf8`). */
export const NOT_UTF8 = i18n.t('vi', 'add-not-utf8');
export const NO_ARTICLE = i18n.t('vi', 'add-no-article');
export const CANCELLED = i18n.t('vi', 'add-cancelled');
export const REMOVE_CANCELLED = i18n.t('vi', 'remove-cancelled');
export const PENDING_GONE = i18n.t('vi', 'pending-gone');
export const PENDING_FOREIGN = i18n.t('vi', 'pending-foreign');
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
    const lang = userLang(ctx);
    const preview: ArticlePreview = engine.previewArticle(content, { format });
    if (!preview.ok) {
      const none = tr(ctx, 'add-no-article');
      await replyHtml(ctx, preview.url ? `${link(preview.url, preview.url)}\n${none}` : none);
      return;
    }
    if (preview.duplicateOf) {
      await replyHtml(ctx, formatDuplicate(preview.duplicateOf, lang));
      return;
    }
    const id = pending.put(ctx.from!.id, ctx.chat!.id, {
      kind: 'add',
      content,
      format,
      title: preview.title,
      url: preview.url,
    });
    const keyboard = new InlineKeyboard()
      .text(tr(ctx, 'button-save'), `add:ok:${id}`)
      .text(tr(ctx, 'button-cancel'), `add:no:${id}`);
    await replyHtml(ctx, formatPreview(preview, lang), { keyboard });
  };

  composer.command('add', async (ctx) => {
    if (!(await helpers.allowed(ctx, 'add'))) return;
    // Not ctx.match: a pasted article keeps its line breaks after the command.
    const args = leadingCommand(ctx.message!)?.args ?? '';
    if (!args) {
      await ctx.reply(tr(ctx, 'add-usage'));
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
      await ctx.reply(tr(ctx, 'add-too-many-urls', { max: MAX_URLS_PER_ADD }));
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
        await replyHtml(ctx, fetchFailure(url, err, deps.token, userLang(ctx)));
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
      await ctx.reply(tr(ctx, 'add-bad-file-type'));
      return;
    }
    const limit = Math.min(maxBytes, BOT_API_DOWNLOAD_LIMIT_BYTES);
    if (doc.file_size !== undefined && doc.file_size > limit) {
      await ctx.reply(tr(ctx, 'add-file-too-large', { mb: (limit / 1024 / 1024).toFixed(0) }));
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
      const known = err instanceof ExtractError || (err as Error).message === NOT_UTF8;
      const detail = escapeHtml(redact((err as Error).message, [deps.token]));
      const head = known
        ? tr(ctx, 'add-file-unreadable-because', { reason: userReason(err, userLang(ctx)) })
        : tr(ctx, 'add-file-unreadable');
      await replyHtml(ctx, `${head}\n<i>${tr(ctx, 'detail-line', { detail })}</i>`);
    }
  });

  composer.command('remove', async (ctx) => {
    if (!(await helpers.allowed(ctx, 'remove'))) return;
    const docId = ctx.match.trim();
    const doc = DOC_ID.test(docId) ? engine.document(docId) : undefined;
    if (!doc) {
      if (docId && DOC_ID.test(docId)) {
        await replyHtml(ctx, tr(ctx, 'remove-unknown', { id: `<code>${escapeHtml(docId)}</code>` }));
      } else await ctx.reply(tr(ctx, 'remove-usage'));
      return;
    }
    const id = pending.put(ctx.from!.id, ctx.chat!.id, { kind: 'remove', docId, title: doc.title });
    const keyboard = new InlineKeyboard()
      .text(tr(ctx, 'button-delete'), `rm:ok:${id}`)
      .text(tr(ctx, 'button-cancel'), `rm:no:${id}`);
    const confirm = tr(ctx, 'remove-confirm', {
      id: `<code>${escapeHtml(docId)}</code>`,
      title: `<b>${escapeHtml(doc.title)}</b>`,
    });
    await replyHtml(ctx, confirm, { keyboard });
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
      await ctx.answerCallbackQuery({
        text: taken === 'foreign' ? tr(ctx, 'pending-foreign') : tr(ctx, 'pending-gone'),
      });
      return;
    }
    await ctx.answerCallbackQuery();
    // The question is answered: its buttons go (cosmetic; an old client may keep showing them).
    await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch((err: unknown) => {
      logger.debug({ reason: (err as Error).message }, 'bot: could not remove the buttons');
    });
    const value = taken.value;
    if (verb === 'no') {
      await ctx.reply(value.kind === 'add' ? tr(ctx, 'add-cancelled') : tr(ctx, 'remove-cancelled'));
      return;
    }
    if (value.kind === 'add') {
      await helpers.runUpdate(ctx, 'add', { source: value.url ? 'url' : 'content' }, async () => {
        const { docId, report } = await engine.addArticle(value.content, { format: value.format });
        return { report, headline: tr(ctx, 'add-done', { id: `<code>${escapeHtml(docId)}</code>` }) };
      });
      return;
    }
    await helpers.runUpdate(ctx, 'remove', { docId: value.docId }, async () => ({
      report: await engine.removeArticle(value.docId),
      headline: tr(ctx, 'remove-done', {
        id: `<code>${escapeHtml(value.docId)}</code>`,
        title: escapeHtml(value.title),
      }),
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
function fetchFailure(url: string, err: unknown, token: string, lang: Lang): string {
  const detail = escapeHtml(redact((err as Error).message ?? String(err), [token]));
  const head = i18n.t(lang, 'add-fetch-failed', { url: link(url, url), reason: userReason(err, lang) });
  return `${head}\n<i>${i18n.t(lang, 'detail-line', { detail })}</i>`;
}

function userReason(err: unknown, lang: Lang): string {
  const t = (key: string) => i18n.t(lang, key);
  if (err instanceof FetchError) {
    switch (err.code) {
      case 'bad-url':
        return t('add-reason-bad-url');
      case 'blocked-address':
        return t('add-reason-blocked');
      case 'dns':
        return t('add-reason-dns');
      case 'timeout':
        return t('add-reason-timeout');
      case 'too-large':
        return t('add-reason-too-large');
      case 'too-many-redirects':
        return t('add-reason-redirects');
      case 'http-status':
        return t('add-reason-http-status');
      case 'content-type':
        return t('add-reason-not-document');
      default:
        return t('add-reason-network');
    }
  }
  if (err instanceof ExtractError) {
    return err.code === 'unsupported'
      ? t('add-reason-not-document')
      : err.code === 'empty'
        ? t('add-reason-empty')
        : t('add-reason-damaged');
  }
  if ((err as Error).message === NOT_UTF8) return t('add-reason-not-utf8');
  return t('add-reason-unknown');
}
