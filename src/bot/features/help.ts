import { Composer, type Context } from 'grammy';
import { type FeatureDeps, isAdminUser } from '../deps.ts';
import { i18n, tr } from '../i18n.ts';
import { replyHtml } from '../reply.ts';
import { EXAMPLE_QUESTIONS, exampleKeyboard } from './examples.ts';

export { EXAMPLE_QUESTIONS };

const examples = EXAMPLE_QUESTIONS.map((q) => `• ${q}`).join('\n');

/** /start in Vietnamese (the default language); tests compare against it. */
export const START_TEXT = i18n.t('vi', 'start', { examples });

/** /start and /help in the user's language (Fluent, locales/); admins also see the admin commands. */
export function helpFeature(deps: FeatureDeps): Composer<Context> {
  const composer = new Composer<Context>();
  composer.command('start', (ctx) =>
    ctx.reply(tr(ctx, 'start', { examples }), { reply_markup: exampleKeyboard() }),
  );
  composer.command('help', (ctx) =>
    replyHtml(
      ctx,
      tr(ctx, 'help', { examples }) + (isAdminUser(deps, ctx.from?.id) ? `\n\n${tr(ctx, 'help-admin')}` : ''),
      { keyboard: exampleKeyboard() },
    ),
  );
  return composer;
}
