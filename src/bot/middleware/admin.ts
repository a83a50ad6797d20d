import type { Context } from 'grammy';

/** Why a message may not run an admin action, or `ok`. */
export type AdminVerdict = 'ok' | 'not-admin' | 'forwarded' | 'not-a-message';

/**
 * Whether the update may run an admin action. Only a fresh message (not edited, not a button)
 * sent by the admin in person: forwarded messages keep their command entities, so a forwarded
 * `/reindex` is refused even when the admin forwards it; messages sent on behalf of a chat
 * (anonymous group admins, channels) have no person to check.
 */
export function adminVerdict(ctx: Context, adminIds: readonly number[]): AdminVerdict {
  const msg = ctx.update.message;
  if (!msg || ctx.update.callback_query) return 'not-a-message';
  if (msg.forward_origin || msg.is_automatic_forward) return 'forwarded';
  if (msg.sender_chat || !msg.from || !adminIds.includes(msg.from.id)) return 'not-admin';
  return 'ok';
}
