import { Composer, type Context, InlineKeyboard } from 'grammy';
import { decodeAsk } from '../../alerts/notice.ts';
import type { AlertStore } from '../../alerts/store.ts';
import { MAX_SUBSCRIPTIONS_PER_CHAT } from '../../alerts/store.ts';
import { MAX_TOPIC_CHARS, MIN_PHRASE_LETTERS, parseTopic, type Topic, topicKey } from '../../alerts/topic.ts';
import { placeByKey } from '../../place/relations.ts';
import type { FeatureDeps } from '../deps.ts';
import { escapeHtml, shorten } from '../format/html.ts';
import { tr, userLang } from '../i18n.ts';
import { replyHtml } from '../reply.ts';
import { answerQuestion } from './question.ts';

/** Button data: stop subscription <id>, or all of the chat's. */
const REMOVE_DATA = /^al:rm:(\d{1,12}|all)$/;
/** Words that mean "all" after /boqua. */
const ALL_WORDS = new Set(['all', 'tất cả', 'tat ca', 'hết', 'het']);
/** Characters of a topic on its button. */
const BUTTON_LABEL_CHARS = 30;
/** Group members whose word counts for the group's subscriptions. */
const GROUP_ADMIN_STATUSES = new Set(['creator', 'administrator']);

/**
 * `/theodoi <place or phrase>` (`/follow`) subscribes the chat; `/boqua` (`/unfollow`) lists its
 * subscriptions with a button each, or stops one named after the command (or all). Subscriptions
 * live in STATE_DIR (see `AlertStore`); notices are sent by `Alerts` after index updates. In
 * groups only the group's administrators (or the bot's) may change them, so one member cannot make
 * the bot post into a group.
 */
export function alertsFeature(deps: FeatureDeps, store: AlertStore): Composer<Context> {
  const composer = new Composer<Context>();

  const mayChange = async (ctx: Context): Promise<boolean> => {
    if (!ctx.chat || !ctx.from) return false;
    if (ctx.chat.type === 'private' || deps.config.ADMIN_IDS.includes(ctx.from.id)) return true;
    try {
      const member = await ctx.getChatMember(ctx.from.id);
      if (GROUP_ADMIN_STATUSES.has(member.status)) return true;
    } catch (err) {
      deps.logger.debug({ err: (err as Error).message }, 'alerts: getChatMember failed; refusing');
    }
    return false;
  };

  const follow = async (ctx: Context) => {
    const args = typeof ctx.match === 'string' ? ctx.match : '';
    if (!args.trim()) {
      await replyHtml(ctx, tr(ctx, 'alert-usage'));
      return;
    }
    if (!(await mayChange(ctx))) {
      await ctx.reply(tr(ctx, 'alert-group-only-admins'));
      return;
    }
    const topic = parseTopic(args);
    if (topic === 'empty') return void (await replyHtml(ctx, tr(ctx, 'alert-usage')));
    if (topic === 'too-long')
      return void (await ctx.reply(tr(ctx, 'alert-too-long', { max: MAX_TOPIC_CHARS })));
    if (topic === 'too-short')
      return void (await ctx.reply(tr(ctx, 'alert-too-short', { min: MIN_PHRASE_LETTERS })));
    const outcome = store.subscribe(ctx.chat!.id, userLang(ctx), topic);
    deps.logger.info({ chatId: ctx.chat!.id, kind: topic.kind, outcome: outcome.kind }, 'alerts: subscribe');
    if (outcome.kind === 'full') {
      await ctx.reply(tr(ctx, 'alert-full', { max: MAX_SUBSCRIPTIONS_PER_CHAT }));
      return;
    }
    if (outcome.kind === 'exists') {
      await replyHtml(ctx, tr(ctx, 'alert-exists', { label: escapeHtml(topic.label) }));
      return;
    }
    const text =
      topic.kind === 'place'
        ? tr(ctx, 'alert-added-place', { label: escapeHtml(topic.label), unit: escapeHtml(unitLabel(topic)) })
        : tr(ctx, 'alert-added-phrase', { label: escapeHtml(topic.label) });
    await replyHtml(ctx, text);
  };

  const unfollow = async (ctx: Context) => {
    const chatId = ctx.chat!.id;
    const args = (typeof ctx.match === 'string' ? ctx.match : '').trim();
    const subs = store.list(chatId);
    if (!args) {
      if (subs.length === 0) {
        await replyHtml(ctx, tr(ctx, 'alert-list-empty'));
        return;
      }
      const keyboard = new InlineKeyboard();
      for (const s of subs)
        keyboard.text(`✕ ${shorten(s.topic.label, BUTTON_LABEL_CHARS)}`, `al:rm:${s.id}`).row();
      keyboard.text(tr(ctx, 'alert-button-all'), 'al:rm:all');
      const lines = subs.map(
        (s) =>
          `• ${escapeHtml(s.topic.label)} (${s.topic.kind === 'place' ? tr(ctx, 'alert-kind-place') : tr(ctx, 'alert-kind-phrase')})`,
      );
      await replyHtml(ctx, `${tr(ctx, 'alert-list-head')}\n${lines.join('\n')}`, { keyboard });
      return;
    }
    if (!(await mayChange(ctx))) {
      await ctx.reply(tr(ctx, 'alert-group-only-admins'));
      return;
    }
    if (ALL_WORDS.has(args.toLowerCase())) {
      await ctx.reply(tr(ctx, 'alert-removed-all', { count: store.unsubscribeAll(chatId) }));
      return;
    }
    const topic = parseTopic(args);
    const key = typeof topic === 'string' ? null : topicKey(topic);
    const sub = subs.find((s) => topicKey(s.topic) === key);
    if (!sub) {
      await replyHtml(ctx, tr(ctx, 'alert-not-followed', { label: escapeHtml(args) }));
      return;
    }
    store.unsubscribe(chatId, sub.id);
    await replyHtml(ctx, tr(ctx, 'alert-removed', { label: escapeHtml(sub.topic.label) }));
  };

  composer.command(['theodoi', 'follow'], follow);
  composer.command(['boqua', 'unfollow'], unfollow);

  composer.callbackQuery(REMOVE_DATA, async (ctx) => {
    const chatId = ctx.callbackQuery.message?.chat.id;
    const which = REMOVE_DATA.exec(ctx.callbackQuery.data)![1]!;
    if (chatId === undefined || !(await mayChange(ctx))) {
      await ctx.answerCallbackQuery({ text: tr(ctx, 'alert-group-only-admins') });
      return;
    }
    if (which === 'all') {
      const count = store.unsubscribeAll(chatId);
      await ctx.answerCallbackQuery();
      await ctx.reply(tr(ctx, 'alert-removed-all', { count }));
      return;
    }
    // The chat is part of the check: a button can only stop a subscription of its own chat.
    const removed = store.unsubscribe(chatId, Number(which));
    if (!removed) {
      await ctx.answerCallbackQuery({ text: tr(ctx, 'alert-button-gone') });
      return;
    }
    await ctx.answerCallbackQuery();
    await replyHtml(ctx, tr(ctx, 'alert-removed', { label: escapeHtml(removed.topic.label) }));
  });

  // "Hỏi về bài này" under a notice: a prompt the user answers by replying to it.
  composer.callbackQuery(/^al:q:/, async (ctx) => {
    const ref = decodeAsk(ctx.callbackQuery.data);
    const doc = ref ? deps.engine.document(ref) : undefined;
    if (!doc || !ctx.chat) {
      await ctx.answerCallbackQuery({ text: tr(ctx, 'alert-ask-gone') });
      return;
    }
    await ctx.answerCallbackQuery();
    const sent = await ctx.reply(tr(ctx, 'alert-ask-prompt', { title: escapeHtml(doc.title) }), {
      parse_mode: 'HTML',
      reply_markup: { force_reply: true, input_field_placeholder: tr(ctx, 'alert-ask-placeholder') },
    });
    store.putPrompt(ctx.chat.id, sent.message_id, doc.docId);
  });
  // A reply to such a prompt is answered from that article alone (before the conversation
  // feature, which would ask it of the whole corpus).
  composer.on('message:text', async (ctx, next) => {
    const replied = ctx.message.reply_to_message;
    const docId =
      replied && !ctx.message.text.startsWith('/')
        ? store.promptDoc(ctx.chat.id, replied.message_id)
        : undefined;
    if (!docId) return next();
    await answerQuestion(ctx, deps, ctx.message.text, { onlyDocs: [docId] });
  });
  return composer;
}

/** "Thị xã Mường Lay, Điện Biên" for a place topic; the candidates' count when the name is ambiguous. */
function unitLabel(topic: Extract<Topic, { kind: 'place' }>): string {
  const units = topic.keys.map((k) => placeByKey(k)).filter((p) => p !== undefined);
  const first = units[0];
  if (!first) return topic.label;
  const one =
    first.level === 'province'
      ? `${first.type} ${first.name}`
      : `${first.type} ${first.name}, ${first.provinceName}`;
  return units.length > 1 ? `${one} +${units.length - 1}` : one;
}
