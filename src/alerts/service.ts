/**
 * Alerts: after every index update the bot makes (a feed poll, `/add`, `/reindex`, `/remove`), the
 * articles new to the index are matched against every subscription, and each matching chat gets one
 * short notice per article (title, site and date, buttons to read it). "New" is decided against the
 * articles already known (`AlertStore.newArticles`), so articles another process added (`npm run
 * pull` from cron) are announced at the bot's start or next update; `claim` makes each article
 * reach a chat once. Sending goes through a {@link SendQueue} within Telegram's limits.
 */
import { type Api, GrammyError, InlineKeyboard } from 'grammy';
import { encodeArticle } from '../bot/source-data.ts';
import type { Engine, StoredDocument } from '../engine/types.ts';
import { encodeAsk, formatNotice } from './notice.ts';
import { SendQueue, type SendQueueOptions } from './queue.ts';
import type { AlertStore, Subscription } from './store.ts';
import { type ArticleForMatch, topicMatches } from './topic.ts';

/** Engine calls after which the index may hold new articles. */
const UPDATE_METHODS: ReadonlySet<PropertyKey> = new Set([
  'reindex',
  'addArticle',
  'addArticles',
  'removeArticle',
]);

/** Where alerts report; pino's logger fits. */
export interface AlertsLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

/** A notice ready to send. */
export interface Notice {
  chatId: number;
  docId: string;
  text: string;
  keyboard: InlineKeyboard;
}

export class Alerts {
  private api: Api | null = null;
  private inner: Engine | null = null;
  private readonly queue: SendQueue;

  constructor(
    readonly store: AlertStore,
    private readonly logger: AlertsLogger,
    /** The queue's gaps (tests shorten them); failures and drops are always handled here. */
    limits: Pick<SendQueueOptions, 'perChatGapMs' | 'globalGapMs'> = {},
  ) {
    this.queue = new SendQueue({
      ...limits,
      onError: (chatId, err) => this.failed(chatId, err),
      onDrop: (chatId) => logger.warn({ chatId }, 'alerts: queue full, notice dropped'),
    });
  }

  /**
   * The engine with its update methods watched: when one succeeds, new articles are announced. Every
   * other call goes straight through.
   */
  wrap(engine: Engine): Engine {
    this.inner = engine;
    return new Proxy(engine, {
      get: (target, prop) => {
        const value = Reflect.get(target, prop, target) as unknown;
        if (typeof value !== 'function') return value;
        if (!UPDATE_METHODS.has(prop)) return value.bind(target);
        return async (...args: unknown[]) => {
          const result = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
          this.check();
          return result;
        };
      },
    });
  }

  /**
   * Start delivering through `api`, and announce what is new since the last run (articles a cron
   * `npm run pull` added while the bot was down). Before this nothing is marked as known, so nothing
   * is lost.
   */
  start(api: Api): void {
    this.api = api;
    this.check();
  }

  /** Match the articles new to the index and queue their notices. Synchronous apart from sending. */
  check(): Notice[] {
    const engine = this.inner;
    if (!engine || !this.api) return [];
    const fresh = this.store.newArticles(engine.articleIds());
    if (fresh.length === 0) return [];
    const subs = this.store.all();
    const notices: Notice[] = [];
    for (const docId of fresh) {
      const doc = engine.document(docId);
      if (!doc) continue;
      const article: ArticleForMatch = {
        title: doc.title,
        body: doc.body,
        places: engine.articlePlaces(docId),
      };
      for (const sub of subs) {
        if (!topicMatches(sub.topic, article) || !this.store.claim(sub.chatId, docId)) continue;
        notices.push(this.notice(sub, doc));
      }
    }
    this.logger.info({ articles: fresh.length, notices: notices.length }, 'alerts: new articles matched');
    const api = this.api;
    for (const n of notices) {
      this.queue.push({
        chatId: n.chatId,
        send: async () => {
          await api.sendMessage(n.chatId, n.text, {
            parse_mode: 'HTML',
            link_preview_options: { is_disabled: true },
            reply_markup: n.keyboard,
          });
        },
      });
    }
    return notices;
  }

  /** Resolves when every queued notice has been sent (tests, shutdown). */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  /** Stop sending (queued notices are dropped; a send in progress finishes) and close the store. */
  async stop(): Promise<void> {
    await this.queue.stop();
    this.store.close();
  }

  private notice(sub: Subscription, doc: StoredDocument): Notice {
    const keyboard = new InlineKeyboard()
      .text(formatNotice.read(sub.lang), encodeArticle(doc.docId))
      .text(formatNotice.ask(sub.lang), encodeAsk(doc.docId));
    if (doc.url) keyboard.row().url(formatNotice.open(sub.lang), doc.url);
    return { chatId: sub.chatId, docId: doc.docId, text: formatNotice(sub, doc), keyboard };
  }

  private failed(chatId: number, err: unknown): void {
    // 403: the bot was blocked or removed from the group; its subscriptions are of no use any more.
    if (err instanceof GrammyError && err.error_code === 403) {
      const removed = this.store.unsubscribeAll(chatId);
      this.logger.warn({ chatId, removed }, 'alerts: chat unreachable (403), its subscriptions removed');
      return;
    }
    this.logger.warn({ chatId, err: (err as Error).message }, 'alerts: notice not sent');
  }
}
