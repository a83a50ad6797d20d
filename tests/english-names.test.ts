import { describe, expect, it } from 'vitest';
import type { SurfaceLookup } from '../src/index/surface-forms.ts';
import { capitaliseEnglishNames } from '../src/query/english-names.ts';
import { parseQuestion } from '../src/query/parse.ts';

/** Learned forms as an index would give them: pairs the articles write, lower case or capitalised. */
const forms = (entries: Record<string, string>): SurfaceLookup => ({
  get: (key) => (key in entries ? { form: entries[key]!, n: 10 } : undefined),
});

describe('capitaliseEnglishNames', () => {
  it.each([
    ['did tran van luom co-chair the briefing?', 'did Tran Van Luom co-chair the briefing?'],
    ['was it chaired by vuong thi hai yen?', 'was it chaired by Vuong Thi Hai Yen?'],
    ['what did dang huu tai ask the district to do?', 'what did Dang Huu Tai ask the district to do?'],
    // Short English words spelt like syllables never join a name ("in an", "to do", "up to").
    ['who spoke in an hour up to the end?', 'who spoke in an hour up to the end?'],
  ])('%s → %s', (text, out) => {
    expect(capitaliseEnglishNames(text)).toBe(out);
  });

  it('reads a name between two possessives, which are no quote', () => {
    expect(
      capitaliseEnglishNames("was the people's council chaired by le van hung at the district's session?"),
    ).toBe("was the people's council chaired by Le Van Hung at the district's session?");
    expect(capitaliseEnglishNames("what did 'le van hung' say?")).toBe("what did 'le van hung' say?");
  });

  it('keeps the length, so offsets into the question still agree', () => {
    const text = 'did đinh công luận chair it?';
    const out = capitaliseEnglishNames(text);
    expect(out).toBe('did Đinh Công Luận chair it?');
    expect(out.length).toBe(text.length);
  });

  it('leaves one word, a run longer than a name and a quote as typed', () => {
    expect(capitaliseEnglishNames('who chaired it in luom?')).toBe('who chaired it in luom?');
    expect(capitaliseEnglishNames('when was "ngu dan trung dam ca com" reported?')).toBe(
      'when was "ngu dan trung dam ca com" reported?',
    );
    expect(capitaliseEnglishNames('why ngu dan trung dam ca com dau vu?')).toBe(
      'why ngu dan trung dam ca com dau vu?',
    );
  });

  it('takes a short English word into a name only where the index writes the pair capitalised', () => {
    const learned = forms({ 'to lam': 'Tô Lâm', 'van an': 'Văn An' });
    expect(capitaliseEnglishNames('did to lam attend?', { forms: learned })).toBe('did To Lam attend?');
    expect(capitaliseEnglishNames('did nguyen van an attend?', { forms: learned })).toBe(
      'did Nguyen Van An attend?',
    );
    // Not vouched: "to", "in" stay English words ("up to the", "in an hour").
    expect(capitaliseEnglishNames('who spoke up to le van hung in an hour?', { forms: learned })).toBe(
      'who spoke up to Le Van Hung in an hour?',
    );
    expect(capitaliseEnglishNames('did nguyen van an attend?')).toBe('did Nguyen Van an attend?');
  });

  it('leaves a term the index writes in lower case, and capitalises a name it writes capitalised', () => {
    const learned = forms({ 'dang vien': 'đảng viên', 'tran van': 'Trần Văn', 'van luom': 'Văn Lượm' });
    expect(capitaliseEnglishNames('how many dang vien were admitted?', { forms: learned })).toBe(
      'how many dang vien were admitted?',
    );
    expect(capitaliseEnglishNames('did tran van luom attend?', { forms: learned })).toBe(
      'did Tran Van Luom attend?',
    );
    // Never written by the index: a stranger's name, read as a name to look for (and not found).
    expect(capitaliseEnglishNames('did le minh xuan attend?', { forms: learned })).toBe(
      'did Le Minh Xuan attend?',
    );
  });
});

describe('a Vietnamese question typed in lower case', () => {
  it('capitalises only a run an English frame closes on both sides', () => {
    const framed = { framedOnly: true };
    expect(
      capitaliseEnglishNames('did le minh tam attend the hdnd huyen hai lang ky hop thu 14 meeting?', framed),
    ).toBe('did Le Minh Tam attend the hdnd huyen hai lang ky hop thu 14 meeting?');
    expect(capitaliseEnglishNames('ai chu tri giao ban quy 3', framed)).toBe('ai chu tri giao ban quy 3');
    expect(capitaliseEnglishNames('bcd mtqg ke sach so ket 6 thang', framed)).toBe(
      'bcd mtqg ke sach so ket 6 thang',
    );
  });

  it('keeps a surname that English also spells ("do", Đỗ) inside the name', () => {
    expect(capitaliseEnglishNames('did do thi khai attend it?')).toBe('did Do Thi Khai attend it?');
  });
});

describe('an English question typed in lower case names its people', () => {
  it('reads the person of a yes/no question as an entity', () => {
    const q = parseQuestion(
      'did tran van luom co-chair the 9-month 2022 briefing of the nga nam town party committee?',
    );
    expect(q.entities.map((e) => e.toLowerCase())).toContain('tran van luom');
  });
});
