/**
 * A question that names a person doing something in a meeting ("Đồng chí X trình bày báo cáo gì?",
 * "Which session did X chair?") presupposes that role. When the article names that person only in
 * another role (an attendee, a speaker), it does not answer: the report someone else presented or
 * the session someone else chaired is not the person's.
 */
import type { ParsedQuestion } from '../query/parse.ts';
import type { DocRecords } from '../records/bundle.ts';
import type { RoleRecord } from '../records/types.ts';
import { fold } from '../text/normalize.ts';
import { ROLE_RECORDS } from './targets.ts';

/** Whether `text` (folded) holds the folded `name` as whole words. */
function namesIn(text: string, name: string): boolean {
  const n = fold(name);
  if (n.split(' ').length < 2) return false;
  const at = text.indexOf(n);
  if (at < 0) return false;
  const before = text[at - 1];
  const after = text[at + n.length];
  return (
    (before === undefined || !/[\p{L}\p{N}]/u.test(before)) &&
    (after === undefined || !/[\p{L}\p{N}]/u.test(after))
  );
}

/**
 * The person the question names in a role that no role record of the article gives them, or null.
 * Only for questions that ask something else than the role's holder (a who-question answers the
 * role itself, a yes/no claim is verified) and only for a person the article records in some role,
 * found by the full name however it is typed (with or without diacritics): a name the records do
 * not know is the names check's.
 */
export function roleNotHeld(q: ParsedQuestion, rec: DocRecords | undefined): string | null {
  const role = q.target.role;
  const kind = q.target.target.kind;
  if (!rec || role === null || q.target.yesNo || ['role', 'holder', 'position'].includes(kind)) return null;
  const text = fold(q.text);
  const named = new Map<string, RoleRecord[]>();
  for (const r of rec.roles) {
    if (!namesIn(text, r.person)) continue;
    const key = fold(r.person);
    named.set(key, [...(named.get(key) ?? []), r]);
  }
  for (const mentions of named.values())
    if (!mentions.some((r) => ROLE_RECORDS[role].includes(r.role))) return mentions[0]!.person;
  return null;
}
