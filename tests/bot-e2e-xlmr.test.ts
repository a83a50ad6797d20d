/**
 * The bot process end to end on the multilingual-e5-small-shaped test model (XLM-R Unigram
 * tokenizer, `<pad>`=1, E5 prefixes): the same real bot, engine and emulator as bot-e2e.test.ts,
 * reduced to the cases that go through the vectors (index build, a cited answer and its button, an
 * English question). The full suite runs on the WordPiece fixture.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotStack, createBotStack } from './helpers/bot-harness.ts';
import { EN_Q1_2021_BUTTONS, Q_EN_Q1_2021, SEED_DOC_2021, TITLE_2021 } from './helpers/seed-answers.ts';

let stack: BotStack;

async function ask(text: string, chat = stack.chat()) {
  return { reply: await chat.ask(text), chat };
}

describe('npm start on the XLM-R-shaped (multilingual-e5-small) test model', () => {
  beforeAll(async () => {
    stack = await createBotStack({ name: 'bot-e2e-xlmr', model: 'unigram', firstUserId: 9101 });
    await stack.start();
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('builds the index with vectors from it', async () => {
    const { reply } = await ask('/stats');
    expect(reply.text).toContain('Bài viết: 5');
    expect(reply.text).toMatch(/Tìm kiếm ngữ nghĩa: bật \(model@[0-9a-f]+\)/);
  });

  it('answers the Mường Lay question with [1] and a Nguồn 1 button showing the cited passage', async () => {
    const { reply, chat } = await ask('Ai chủ trì hội nghị giao ban Khối Đảng quý I năm 2021 ở Mường Lay?');
    expect(reply.text).toContain('Ngôn Ngọc Khuê');
    expect(reply.text).toContain(`[1] ${TITLE_2021} — 02/04/2021 — seeds/${SEED_DOC_2021}.txt`);
    expect(reply.buttons.map((b) => b.text)).toEqual(['Nguồn 1', 'Toàn bài', '👍', '👎']);
    await chat.press(reply.buttons[0]!.data, reply.messageId);
    const [source] = await chat.replies(1);
    const quote = /<blockquote>([\s\S]+)<\/blockquote>/.exec(source?.text ?? '')?.[1] ?? '';
    expect(quote).toContain('Ngôn Ngọc Khuê');
    const raw = readFileSync(path.join(stack.seedsDir, `${SEED_DOC_2021}.txt`), 'utf8');
    expect(raw.replace(/\s+/g, ' ')).toContain(
      quote
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  });

  it('answers an English question naming both Q1 2021 chairs, each cited', async () => {
    const { reply } = await ask(Q_EN_Q1_2021);
    expect(reply.text).toContain('Ngôn Ngọc Khuê');
    expect(reply.text).toContain('Lê Tiến Châu');
    expect(reply.buttons.map((b) => b.text)).toEqual(EN_Q1_2021_BUTTONS);
  });
});
