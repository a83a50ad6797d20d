import { randomBytes } from 'node:crypto';
import { sequentialize } from '@grammyjs/runner';
import { Composer, type Context, type SessionFlavor, session, type Transformer } from 'grammy';
import {
  askOptionsFor,
  type ConversationSession,
  freshSession,
  isResetText,
  rememberAnswer,
} from '../../conversation/session.ts';
import type { ThreadMap } from '../../conversation/threads.ts';
import { decodeClarifyData } from '../conversation-data.ts';
import { setConversation } from '../conversation-turn.ts';
import type { FeatureDeps } from '../deps.ts';
import { i18n, tr } from '../i18n.ts';
import { questionText } from '../middleware/addressed.ts';
import { conversationKey } from '../middleware/conversation-key.ts';
import { groupReplyTarget } from '../reply.ts';
import { answerQuestion } from './question.ts';

export const NEW_CONVERSATION = i18n.t('vi', 'conversation-new');
export const CONVERSATION_EXPIRED = i18n.t('vi', 'conversation-expired');
export const CLARIFY_INVALID = i18n.t('vi', 'button-invalid');

/** 6 random bytes → 8 base64url characters, the id format `decodeClarifyData` accepts. */
const PENDING_ID_BYTES = 6;

type ConversationContext = Context & SessionFlavor<ConversationSession>;

/**
 * Conversations: each private chat, group reply thread or forum topic keeps the engine's context of
 * its last answer (grammY session over SQLite in STATE_DIR, forgotten after CONTEXT_TTL_MINUTES
 * idle), so a follow-up is asked in that context. Updates of one conversation are handled one at a
 * time (a follow-up sent before the answer waits for the context it needs); other updates are not
 * held up. Also `/new` and "câu hỏi mới" / "new question" (start over), and taps on a
 * clarification's options (answer the original question for that choice).
 *
 * Must come before the question feature: it wraps it, and the session is saved after it answered.
 */
export function conversationFeature(deps: FeatureDeps): Composer<Context> {
  const { threads, sessions } = deps.conversations;
  const keys = new WeakMap<Context, string | undefined>();
  const keyOf = (ctx: Context): string | undefined => {
    if (!keys.has(ctx)) keys.set(ctx, conversationKey(ctx, threads));
    return keys.get(ctx);
  };
  const composer = new Composer<ConversationContext>();
  composer.use(sequentialize(keyOf));
  composer.use(session({ storage: sessions, initial: freshSession, getSessionKey: keyOf }));
  composer.use((ctx, next) => {
    const key = keyOf(ctx);
    if (key === undefined) return next();
    const chat = ctx.chat;
    if (chat && chat.type !== 'private') {
      // Group threads: the question and every message the bot sends in reply join this conversation.
      if (ctx.message) threads.put(chat.id, ctx.message.message_id, key);
      ctx.api.config.use(recordSentMessages(threads, key));
    }
    setConversation(ctx, {
      key,
      askOptions: () => askOptionsFor(ctx.session),
      remember(question, answer, asked) {
        let pendingId: string | undefined;
        rememberAnswer(ctx.session, answer, {
          question,
          context: asked?.context ?? null,
          pendingId: () => {
            pendingId = randomBytes(PENDING_ID_BYTES).toString('base64url');
            return pendingId;
          },
        });
        return pendingId;
      },
    });
    return next();
  });

  const startOver = async (ctx: ConversationContext) => {
    ctx.session = freshSession();
    await ctx.reply(tr(ctx, 'conversation-new'), replyOptions(ctx));
  };
  composer.command('new', async (ctx, next) => (keyOf(ctx) === undefined ? next() : startOver(ctx)));
  composer.on('message:text', async (ctx, next) =>
    keyOf(ctx) !== undefined && isResetText(questionText(ctx)) ? startOver(ctx) : next(),
  );

  composer.callbackQuery(/^k:/, async (ctx) => {
    const data = decodeClarifyData(ctx.callbackQuery.data);
    if (!data) {
      await ctx.answerCallbackQuery({ text: tr(ctx, 'button-invalid') });
      return;
    }
    // No key: the prompt's thread is unknown or expired. Otherwise the session may have expired
    // (then it is fresh) or hold a newer clarification.
    const pending = keyOf(ctx) === undefined ? null : ctx.session.pending;
    const option = pending?.id === data.pendingId ? pending.options[data.index] : undefined;
    if (!pending || !option) {
      deps.logger.info({ userId: ctx.from.id, chatId: ctx.chat?.id }, 'bot: clarification button expired');
      await ctx.answerCallbackQuery({ text: tr(ctx, 'conversation-expired') });
      return;
    }
    await ctx.answerCallbackQuery();
    await answerQuestion(ctx, deps, pending.question, { context: pending.context, choice: option.choice });
  });
  return composer as unknown as Composer<Context>;
}

function replyOptions(ctx: Context) {
  const replyTo = groupReplyTarget(ctx);
  return replyTo === undefined
    ? {}
    : { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } };
}

/** An API transformer for one update: every message sent in a group joins conversation `key`. */
function recordSentMessages(threads: ThreadMap, key: string): Transformer {
  return async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    if (method === 'sendMessage' && result.ok) {
      const sent = result.result as { message_id?: number; chat?: { id?: number } };
      const chatId = sent.chat?.id ?? Number((payload as { chat_id?: unknown }).chat_id);
      if (typeof sent.message_id === 'number' && Number.isFinite(chatId)) {
        threads.put(chatId, sent.message_id, key);
      }
    }
    return result;
  };
}
