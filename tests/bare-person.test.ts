import { describe, expect, it } from 'vitest';
import { barePersonNames } from '../src/query/bare-person.ts';
import { parseQuestion } from '../src/query/parse.ts';

describe('barePersonNames', () => {
  it.each([
    ['dong chi dinh cong luan co chu tri hoi nghi khong', ['dinh cong luan']],
    ['tong ket 2021 ba be, dong chi nong thanh binh de nghi gi', ['nong thanh binh']],
    ['đồng chí le van hung ket luan gi', ['le van hung']],
    // Minh, Anh, Nam are also stop words ("mình", "anh", "năm"): inside a name they are the name.
    ['dong chi le minh quan trinh bay bao cao gi', ['le minh quan']],
    ['dong chi nguyen thi lan anh co du khong', ['nguyen thi lan anh']],
    ['dong chi tran van nam chu tri hoi nghi nao', ['tran van nam']],
    // Typed in lower case with diacritics: the name as typed, its end found on the folded words.
    ['đồng chí hà minh tiến có dự hội nghị không', ['hà minh tiến']],
    ['đồng chí đinh công luận chủ trì hội nghị nào', ['đinh công luận']],
  ])('%s → %j', (text, names) => {
    expect(barePersonNames(text)).toEqual(names);
  });

  it('reads no name from a title, a question word or a single syllable', () => {
    expect(barePersonNames('dong chi bi thu huyen uy chu tri')).toEqual([]);
    expect(barePersonNames('dong chi pho chu tich ubnd ket luan')).toEqual([]);
    expect(barePersonNames('dong chi nao chu tri')).toEqual([]);
    expect(barePersonNames('dong chi luan chu tri')).toEqual([]);
    // Capitalised, the name is an entity already (entities.ts); it is not read again, longer.
    expect(barePersonNames('co phai dong chi Le Huu Phuoc lam truong doan')).toEqual([]);
  });
});

describe('a bare chat question names the person after "dc"', () => {
  it('links the lower-case name as a name to look for', () => {
    const q = parseQuestion('dc dinh cong luan co chu tri hn lan thu 21 bch dang bo son duong ko');
    expect(q.entities).toContain('dinh cong luan');
  });

  it('links a name typed in lower case with diacritics (no capital anywhere)', () => {
    const q = parseQuestion(
      'đồng chí hà minh tiến có dự hội nghị giao ban 9 tháng năm 2022 của huyện ủy bảo yên không?',
    );
    // Typed with its diacritics, the name is read capitalised (bare-person.ts capitaliseTypedNames).
    expect(q.entities).toContain('Hà Minh Tiến');
  });

  it('leaves a question typed with diacritics to its capitals', () => {
    const q = parseQuestion('Đồng chí Đinh Công Luận có chủ trì hội nghị không?');
    expect(q.entities).toEqual(['Đinh Công Luận']);
  });
});
