import type { Api } from 'grammy';
import { redact } from '../log.ts';

/** Telegram's own root; a self-hosted Bot API server or an emulator replaces it. */
export const DEFAULT_API_ROOT = 'https://api.telegram.org';
/** The cloud Bot API refuses getFile above 20 MB whatever MAX_FILE_MB says. */
export const BOT_API_DOWNLOAD_LIMIT_BYTES = 20 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 60_000;

export interface DownloadOptions {
  token: string;
  /** Default Telegram's own (`DEFAULT_API_ROOT`). */
  apiRoot?: string;
  /** Larger files are refused before and during the transfer. */
  maxBytes: number;
  /** Default 60 s. */
  timeoutMs?: number;
}

/** Thrown for any download failure; the message never contains the file URL (it holds the token). */
export class DownloadError extends Error {
  override name = 'DownloadError';
}

/**
 * Download a file users sent the bot: `getFile` gives a path, the bytes come from
 * `<apiRoot>/file/bot<token>/<path>`. Errors name the file path, never the URL.
 */
export async function downloadTelegramFile(
  api: Api,
  fileId: string,
  options: DownloadOptions,
): Promise<Buffer> {
  const file = await api.getFile(fileId);
  if (file.file_size !== undefined && file.file_size > options.maxBytes) {
    throw new DownloadError(
      `download: file is ${mb(file.file_size)}, above the ${mb(options.maxBytes)} limit`,
    );
  }
  if (!file.file_path) {
    throw new DownloadError('download: Telegram returned no file_path for this file (is it above 20 MB?)');
  }
  const root = (options.apiRoot ?? DEFAULT_API_ROOT).replace(/\/+$/, '');
  const url = `${root}/file/bot${options.token}/${file.file_path}`;
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS) });
  } catch (err) {
    // The cause says what went wrong (ECONNREFUSED, timeout); redacted in case it quotes the URL.
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    const reason = redact(cause?.code ?? cause?.message ?? (err as Error).message, [options.token]);
    throw new DownloadError(`download: ${file.file_path} failed: ${reason}`);
  }
  if (!response.ok || !response.body) {
    throw new DownloadError(`download: ${file.file_path} answered HTTP ${response.status}`);
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > options.maxBytes) {
    await response.body.cancel();
    throw new DownloadError(`download: file is ${mb(declared)}, above the ${mb(options.maxBytes)} limit`);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body) {
    total += chunk.byteLength;
    if (total > options.maxBytes) {
      throw new DownloadError(`download: file is above the ${mb(options.maxBytes)} limit`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function mb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
