import { describe, expect, it } from 'vitest';
import { createFakeEngine } from './helpers/fake-engine.ts';
import { typeIntoTerminal } from './helpers/terminal.ts';

/** Type `lines` into the terminal chat over a fake engine; what it printed, and the engine. */
async function chat(lines: string[], admin = false) {
  const engine = createFakeEngine();
  return { printed: await typeIntoTerminal(engine, lines, { admin }), engine };
}

describe('terminal chat', () => {
  it('answers questions and commands through the same handlers, with pressable source buttons', async () => {
    const { printed, engine } = await chat(['/help', 'Ai chủ trì hội nghị?', '#1', '#5', '/latest 1']);
    expect(printed).toContain('Bot › Cách hỏi');
    expect(printed).toContain('/search <từ khóa>'); // HTML entities decoded for the terminal
    expect(printed).toContain('chủ trì [1].');
    expect(printed).toContain('[#1 Nguồn 1] [#2 Toàn bài] [#3 👍] [#4 👎]');
    expect(printed).toContain('  │ Đoạn trích dẫn số 1 nói về kết quả thực hiện nhiệm vụ.');
    expect(printed).toContain('Chỉ có nút #1 đến #4.');
    expect(printed).toContain('1 bản tin mới nhất');
    expect(printed).not.toMatch(/<\/?b>/);
    expect(engine.calls.map((c) => c.method)).toEqual(['ask', 'document', 'latest']);
  });

  it('keeps the placeholders of plain-text usage lines and shows link addresses', async () => {
    const { printed } = await chat(['/search', 'Ai chủ trì?', '#2']);
    expect(printed).toContain('Cách dùng: /search <từ khóa> [địa danh].');
    expect(printed).not.toContain('Cách dùng: /search .');
  });

  it('stops at /exit and lets the local admin reindex', async () => {
    const { printed, engine } = await chat(['/reindex', '/exit', 'không được đọc'], true);
    expect(printed).toContain('Đã cập nhật chỉ mục');
    expect(engine.calls.map((c) => c.method)).toEqual(['reindex']);
  });
});
