import { fileURLToPath } from 'node:url';
import { I18n } from '@grammyjs/i18n';
import type { Context } from 'grammy';

/** The languages the bot speaks; Vietnamese is the default. */
export type Lang = 'vi' | 'en';

/**
 * The bot's texts in Fluent (`locales/*.ftl`), through @grammyjs/i18n. Used as a translation store
 * (`i18n.t(lang, key)`) rather than as middleware, so the features keep grammY's plain Context.
 * Fluent's Unicode isolation marks around placeables are off: Telegram would show them.
 */
export const i18n = new I18n({
  defaultLocale: 'vi',
  directory: fileURLToPath(new URL('../../locales', import.meta.url)),
  fluentBundleOptions: { useIsolating: false },
});

/** English for users whose Telegram language is English, Vietnamese for everyone else. */
export function userLang(ctx: Context): Lang {
  return ctx.from?.language_code?.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

/** The text `key` in the user's language. */
export function tr(ctx: Context, key: string, variables?: Record<string, string | number>): string {
  return i18n.t(userLang(ctx), key, variables);
}

/**
 * The language of a reply about something the user wrote: English when their Telegram language is
 * English or what they wrote is (`textLang`, e.g. an answer's `lang`), Vietnamese otherwise.
 */
export function replyLang(ctx: Context, textLang?: Lang): Lang {
  return textLang === 'en' ? 'en' : userLang(ctx);
}
