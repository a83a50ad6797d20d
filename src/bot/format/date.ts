import { i18n, type Lang } from '../i18n.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Vietnam has no daylight saving time: a fixed offset is exact. */
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/** `2021-04-02` → `02/04/2021`; other strings unchanged; null → `không rõ ngày` (in `lang`). */
export function formatDate(value: string | null, lang: Lang = 'vi'): string {
  if (!value) return i18n.t(lang, 'date-unknown');
  const m = ISO_DATE.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
}

/** An ISO timestamp as `HH:MM DD/MM/YYYY` in Vietnam time; unparseable input is returned as is. */
export function formatDateTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t + VIETNAM_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} ${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** How long ago `iso` was (`vừa xong`, `5 phút trước`, `3 ngày trước`; in `lang`). */
export function formatAge(iso: string, now: Date, lang: Lang = 'vi'): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return i18n.t(lang, 'age-unknown');
  const minutes = Math.floor((now.getTime() - t) / 60_000);
  if (minutes < 1) return i18n.t(lang, 'age-now');
  if (minutes < 60) return i18n.t(lang, 'age-minutes', { n: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return i18n.t(lang, 'age-hours', { n: hours });
  return i18n.t(lang, 'age-days', { n: Math.floor(hours / 24) });
}
