import { describe, expect, it } from 'vitest';
import { createLogger, logLineAsText, REDACTED, redact } from '../src/log.ts';
import { TEST_TOKEN } from './helpers/bot-harness.ts';

describe('log redaction', () => {
  it('masks given secrets, raw or URL-encoded, and anything shaped like a bot token', () => {
    const other = '987654321:ANOTHER_token_shape_abcdefghijklmn';
    expect(redact(`url https://api.telegram.org/bot${TEST_TOKEN}/getMe`, [TEST_TOKEN])).toBe(
      `url https://api.telegram.org/bot${REDACTED}/getMe`,
    );
    expect(redact(encodeURIComponent(TEST_TOKEN), [TEST_TOKEN])).toBe(REDACTED);
    expect(redact(`secret s3cr3t-value and ${other}`, ['s3cr3t-value'])).toBe(
      `secret ${REDACTED} and ${REDACTED}`,
    );
    expect(redact('ids 12345, 67890 and 12:30')).toBe('ids 12345, 67890 and 12:30');
  });

  it('never writes the token, whatever field or error carries it', () => {
    const lines: string[] = [];
    const logger = createLogger({
      level: 'debug',
      secrets: [TEST_TOKEN],
      destination: { write: (l) => lines.push(l) },
    });
    logger.info({ url: `https://x/bot${TEST_TOKEN}/sendMessage` }, `calling with ${TEST_TOKEN}`);
    logger.error({ err: new Error(`fetch https://x/bot${TEST_TOKEN}/getMe failed`) }, 'boom');
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).not.toContain(TEST_TOKEN);
      expect(line).toContain(REDACTED);
      expect(() => JSON.parse(line)).not.toThrow();
    }
  });
});

describe('plain-text log lines for the terminal chat', () => {
  it('turns a pino JSON line into "level: message (fields)"', () => {
    const lines: string[] = [];
    const logger = createLogger({
      level: 'info',
      destination: { write: (l) => lines.push(logLineAsText(l)) },
    });
    logger.warn(
      { model: 'Xenova/e5' },
      'embed: the model is not in the cache. Answering with keyword search only.',
    );
    expect(lines).toEqual([
      'warning: embed: the model is not in the cache. Answering with keyword search only. (model=Xenova/e5)\n',
    ]);
    expect(logLineAsText('not json\n')).toBe('not json\n');
  });
});
