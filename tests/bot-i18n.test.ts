import { describe, expect, it } from 'vitest';
import { createHarness, textMessage } from './helpers/bot-harness.ts';
import { answer, citation } from './helpers/fake-engine.ts';

const EN = { language: 'en' };

function buttonsOf(payload: { reply_markup?: { inline_keyboard: { text: string }[][] } } | undefined) {
  return (payload?.reply_markup?.inline_keyboard ?? []).flat().map((b) => b.text);
}

describe('bot: the user language', () => {
  it('an English user gets English answer labels and buttons; a Vietnamese user the Vietnamese ones', async () => {
    const h = createHarness();
    h.engine.onAsk = (q) => answer(q, { citations: [citation(1), citation(2)], lang: 'vi' });
    await h.handle(textMessage('Ai chủ trì hội nghị?', EN));
    await h.handle(textMessage('Ai chủ trì hội nghị?'));
    const [en, vi] = h.sent();
    expect(en?.text).toContain('<b>Sources:</b>');
    expect(buttonsOf(en)).toEqual(
      expect.arrayContaining(['Source 1', 'Full article 1', 'Source 2', 'Full article 2']),
    );
    expect(vi?.text).toContain('<b>Nguồn:</b>');
    expect(buttonsOf(vi)).toEqual(expect.arrayContaining(['Nguồn 1', 'Toàn bài 1', 'Nguồn 2', 'Toàn bài 2']));
  });

  it('an English question gets English labels whatever the Telegram language', async () => {
    const h = createHarness();
    h.engine.onAsk = (q) => answer(q, { lang: 'en' });
    await h.handle(textMessage('Who chaired the meeting?'));
    expect(h.texts()[0]).toContain('<b>Sources:</b>');
    expect(buttonsOf(h.sent()[0])).toEqual(expect.arrayContaining(['Source 1', 'Full article']));
  });

  it('commands, usage, errors and unknown commands speak English to an English user', async () => {
    const h = createHarness();
    await h.handle(textMessage('/latest 2', EN));
    await h.handle(textMessage('/latest abc', EN));
    await h.handle(textMessage('/search', EN));
    await h.handle(textMessage('/nosuch', EN));
    await h.handle(textMessage('/stats', EN));
    await h.handle(textMessage('/latest Kon Tum', EN));
    const texts = h.texts();
    expect(texts[0]).toMatch(/^<b>The 2 newest reports<\/b>/);
    expect(texts[0]).toContain('Chaired by: Trần Thị B (Bí thư Huyện ủy)');
    expect(texts[1]).toMatch(/^Usage: \/latest \[n\] \[place\]/);
    expect(texts[2]).toMatch(/^Usage: \/search <words> \[place\]/);
    expect(texts[3]).toBe('There is no /nosuch command. Send /help for the commands.');
    expect(texts[4]).toContain('Articles: 3');
    expect(texts[4]).toContain('Semantic search: on (Xenova/multilingual-e5-small)');
    expect(texts[5]).toMatch(/^<b>The 2 newest reports about Kon Tum<\/b>/);
    // No Vietnamese label is left in these replies (article titles and names aside).
    for (const t of texts)
      expect(t).not.toMatch(/Cách dùng|bản tin mới nhất|Chủ trì:|Bài viết:|Không có lệnh/);
  });

  it('greetings get the reply in the language of the greeting or of the user', async () => {
    const h = createHarness();
    await h.handle(textMessage('hello'));
    await h.handle(textMessage('xin chào', EN));
    await h.handle(textMessage('xin chào'));
    const [a, b, c] = h.texts();
    expect(a).toMatch(/^Hello! 👋/);
    expect(b).toMatch(/^Hello! 👋/);
    expect(c).toMatch(/^Xin chào! 👋/);
  });
});
