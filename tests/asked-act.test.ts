import { describe, expect, it } from 'vitest';
import { actorOf, askedAct } from '../src/answer/asked-act.ts';
import { parseQuestion } from '../src/query/parse.ts';
import type { RoleRecord } from '../src/records/types.ts';
import { useCorpusEngine } from './helpers/eval-engine.ts';

const act = (q: string) => askedAct(parseQuestion(q));

describe('askedAct', () => {
  it('reads the act after "ai", before "là ai", after "đồng chí nào", typed bare or in English', () => {
    expect(act('Ai điều hành phần thảo luận tại hội nghị Huyện ủy Tân Lạc?')?.words.join(' ')).toBe(
      'điều hành phần thảo luận',
    );
    expect(act('Người đọc diễn văn khai mạc hội nghị là ai?')?.words.join(' ')).toBe('đọc diễn văn khai mạc');
    expect(act('Đồng chí nào trao huy hiệu cho đảng viên?')?.words.slice(0, 2).join(' ')).toBe('trao huy');
    expect(act('ai dieu hanh phan thao luan hn tan lac')).toMatchObject({
      words: ['dieu', 'hanh', 'phan', 'thao', 'luan'],
      folded: true,
    });
    expect(act('Who moderated the discussion at the Tan Lac review?')).toMatchObject({
      words: ['điều', 'hành'],
      folded: false,
    });
    // The question's other words (the place aside) go along, to tell two people doing the act apart.
    expect(act('Ai trả lời chất vấn về xử lý rác thải tại kỳ họp?')?.context).toEqual(
      expect.arrayContaining(['rác', 'thải']),
    );
  });

  it('asks no act of a single syllable or of an English verb it cannot render', () => {
    expect(act('Ai dự hội nghị?')).toBeNull();
    expect(act('Who juggled at the Tan Lac review?')).toBeNull();
  });
});

describe('actorOf', () => {
  const sentence =
    'Đồng chí Bùi Văn Thắng, Bí thư Huyện ủy chủ trì hội nghị; đồng chí Quách Thị Hòa, Phó Bí thư Thường trực Huyện ủy điều hành phần thảo luận.';
  const role = (person: string, title: string): RoleRecord => ({
    role: 'speaker',
    person,
    title,
    inferred: false,
    span: { start: 0, end: sentence.length },
  });
  const roles = [
    role('Bùi Văn Thắng', 'Bí thư Huyện ủy'),
    role('Quách Thị Hòa', 'Phó Bí thư Thường trực Huyện ủy'),
  ];

  it('finds the person whose name and title open the clause of the act', () => {
    const a = actorOf(
      { words: ['điều', 'hành', 'phần', 'thảo', 'luận'], folded: false },
      roles,
      () => sentence,
    );
    expect(a?.record.person).toBe('Quách Thị Hòa');
    expect(a?.written).toBe('điều hành phần thảo luận');
    const bare = actorOf({ words: ['dieu', 'hanh'], folded: true }, roles, () => sentence);
    expect(bare?.record.person).toBe('Quách Thị Hòa');
  });

  it('gives no one an act another word of the clause stands before', () => {
    const other = 'Đồng chí Bùi Văn Thắng, Bí thư Huyện ủy đề nghị tăng cường chỉ đạo, điều hành.';
    expect(actorOf({ words: ['điều', 'hành'], folded: false }, roles, () => other)).toBeNull();
  });
});

/** Over one article written for this test: a moderator, a presenter and an award giver beside the chair. */
describe('who did an act no role cue names (keyword-only)', () => {
  const engine = useCorpusEngine('asked-act', ['tests/fixtures/asked-act']);
  const ask = (text: string) => engine().ask(text);

  it.each([
    ['Ai điều hành phần thảo luận tại hội nghị tổng kết của Huyện ủy Tân Lạc năm 2022?', 'Quách Thị Hòa'],
    ['ai dieu hanh phan thao luan hn tong ket huyen uy tan lac 2022', 'Quách Thị Hòa'],
    ['Who moderated the discussion at the Tan Lac district Party committee 2022 review?', 'Quách Thị Hòa'],
    ['Ai trao Huy hiệu 50 năm tuổi Đảng tại hội nghị tổng kết của Huyện ủy Tân Lạc?', 'Nguyễn Đức Lâm'],
    ['Ai chủ trì hội nghị tổng kết của Huyện ủy Tân Lạc năm 2022?', 'Bùi Văn Thắng'],
  ])('%s → %s', async (q, person) => {
    const a = await ask(q);
    expect(a.answered).toBe(true);
    expect(a.answer.split('\n')[1]).toContain(person);
  });
});
