/**
 * What asking the made near-misses as chat users type them found (scripts/mutation-near-miss.ts
 * --variants bare,partial,chat; src/eval/mutation-score.ts `variedMutations`): readings that held
 * for the formal question and failed once marks, capitals or punctuation were gone, and checks of
 * the evidence that the variants showed were too weak everywhere. Each case failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { nounAfterNumber } from '../src/answer/constraints.ts';
import type { EvidenceQuery } from '../src/answer/evidence.ts';
import { Haystack } from '../src/answer/haystack.ts';
import { quotedVietnamese, quoteUnwritten } from '../src/answer/quoted-words.ts';
import { FramePhrases, markedView, phrasePairs } from '../src/answer/word-pairs.ts';
import { variedMutations } from '../src/eval/mutation-score.ts';
import type { Mutation } from '../src/eval/mutations.ts';
import { barePersonNames } from '../src/query/bare-person.ts';
import { expandShorthand } from '../src/query/chat.ts';
import { spellsEnglishWord } from '../src/query/lang.ts';
import { parseQuestion } from '../src/query/parse.ts';
import { useWrittenEngine } from './helpers/written-engine.ts';

describe('variedMutations', () => {
  const made: Mutation[] = [
    {
      kind: 'year',
      sourceId: 'a',
      q: 'Ai chủ trì giao ban quý III năm 2021 của Huyện ủy Bảo Yên?',
      from: '2022',
      to: '2021',
    },
    { kind: 'stranger', sourceId: 'b', q: 'who chaired the meeting', from: 'x', to: 'en' },
  ];

  it('rewrites each near-miss as the variant asked, marked in `to`, and drops those it leaves unchanged', () => {
    expect(variedMutations(made, 'bare')).toEqual([
      { ...made[0], q: 'ai chu tri giao ban quy iii nam 2021 cua huyen uy bao yen', to: '2021, bare' },
    ]);
    // Chat shorthand is Vietnamese only: the English near-miss has no chat variant.
    expect(variedMutations(made, 'chat').map((m) => m.sourceId)).toEqual(['a']);
    expect(variedMutations(made, 'chat')[0]?.q).toContain('q3');
  });
});

describe('a name after "đồng chí" typed with some marks only', () => {
  it('is read whichever syllables of the honorific carry their marks', () => {
    expect(barePersonNames('đồng chi trần huu khải phat biểu nhung gì')).toEqual(['trần huu khải']);
    expect(barePersonNames('dong chí bùi thi mến trinh bày bao cáo gi')).toEqual(['bùi thi mến']);
    // "đông chí" (the winter solstice) is no honorific.
    expect(barePersonNames('tiết đông chí năm nay')).toEqual([]);
  });
});

describe('"la gi" closing a question that asks already', () => {
  const placeNames = (q: string) => parseQuestion(q).places.map((p) => p.candidates[0]?.name);

  it('is the town La Gi after its type word: one question asks one thing', () => {
    expect(placeNames('ai chu tri giao ban 9 thang 2022 cua thi uy la gi')).toEqual(['La Gi']);
    expect(placeNames('bao nhieu dang vien moi cua thi xa la gi')).toEqual(['La Gi']);
  });

  it('still asks "là gì" where nothing else asks', () => {
    expect(placeNames('nhiem vu cua thi uy la gi')).toEqual([]);
    expect(placeNames('muc tieu cua thi xa la gi?')).toEqual([]);
  });
});

describe('a type letter before a name that is also an everyday phrase', () => {
  it('is spelt out when the letter spelt out makes the name a place ("h dai tu": đại từ is a pronoun)', () => {
    expect(expandShorthand('ai chu tri giao ban 9 thang 2022 h dai tu', 'vi')).toBe(
      'ai chu tri giao ban 9 thang 2022 huyen dai tu',
    );
    expect(expandShorthand('t nam dinh co bao nhieu dang vien', 'vi')).toContain('tinh nam dinh');
  });

  it('is left alone before words that name no place of that type', () => {
    expect(expandShorthand('h cac dong chi', 'vi')).toBe('h cac dong chi');
  });
});

describe('a number the question writes before the noun it counts', () => {
  it('is the noun, folded; none after a scale, percent or people word, or at the end', () => {
    expect(nounAfterNumber('Hội nghị tập huấn cho 126 cấp ủy viên cơ sở diễn ra ngày nào?', '126')).toBe(
      'cap',
    );
    expect(nounAfterNumber('tổng vốn 486 tỷ đồng phải không', '486')).toBeNull();
    expect(nounAfterNumber('Huyện nào có Đảng bộ 11.264 đảng viên?', '11.264')).toBeNull();
    expect(nounAfterNumber('đạt 62 phần trăm', '62')).toBeNull();
    expect(nounAfterNumber('có phải 126?', '126')).toBeNull();
    // Not inside another number: "1.126" holds no "126".
    expect(nounAfterNumber('trao 1.126 căn nhà, 126 suất quà', '126')).toBe('suat');
  });

  it('is written only where the article writes that number with that noun', () => {
    const hay = new Haystack('Thị xã đã trao 126 căn nhà Đại đoàn kết cho hộ nghèo.');
    expect(hay.hasCount('126', 'nha')).toBe(true);
    expect(hay.hasCount('126', 'cap')).toBe(false);
    expect(hay.hasCount('127', 'nha')).toBe(false);
  });
});

describe('a plan acted on as a document', () => {
  const figure = (q: string) => parseQuestion(q).target.figure;

  it('is no target asked ("điều chỉnh kế hoạch đầu tư công … tổng vốn bao nhiêu")', () => {
    expect(
      figure('Điều chỉnh kế hoạch đầu tư công năm 2023 của huyện Hải Lăng tổng vốn bao nhiêu?'),
    ).not.toBe('target');
    expect(
      figure('Kế hoạch sử dụng đất năm 2024 của huyện được phê duyệt với diện tích bao nhiêu ha?'),
    ).not.toBe('target');
  });

  it('while a plan to reach a figure is one', () => {
    expect(figure('Kế hoạch năm 2024 kết nạp bao nhiêu đảng viên?')).toBe('target');
    expect(figure('Huyện phấn đấu giải ngân bao nhiêu phần trăm vốn?')).toBe('target');
  });
});

describe('a total of money right before the closing "bao nhiêu"', () => {
  it('asks an amount of money', () => {
    expect(
      parseQuestion('Điều chỉnh kế hoạch đầu tư công năm 2023 của huyện tổng vốn bao nhiêu?').unitPhrases,
    ).toEqual(['vốn']);
    expect(
      parseQuestion('dieu chinh ke hoach dau tu cong cua huyen tong kinh phi la bao nhieu').unitPhrases,
    ).toEqual(['kinh phi']);
    // "giải ngân vốn … đạt bao nhiêu" asks a rate as often as an amount.
    expect(parseQuestion('Huyện giải ngân vốn đầu tư công đạt bao nhiêu?').unitPhrases).toEqual([]);
  });
});

describe('Vietnamese words an English question writes in a row without quotes', () => {
  const pasted = (q: string) => quotedVietnamese(parseQuestion(q)).map((x) => x.written);

  it('are a pasted headline when more than a name', () => {
    expect(pasted('when did tuy phong ngu dan trung dam ca com dau vu take place')).toEqual([
      'tuy phong ngu dan trung dam ca com dau vu',
    ]);
  });

  it('never a name, a place, or English words spelt like syllables', () => {
    expect(pasted('Did tran van luom attend the Bao Yen briefing?')).toEqual([]);
    expect(pasted('How many teams had Thai Binh set up in the first half of 2023?')).toEqual([]);
    expect(spellsEnglishWord('set')).toBe(true);
    expect(spellsEnglishWord('luom')).toBe(false);
  });
});

describe('a Vietnamese quote of an English question', () => {
  const q = parseQuestion('Is it true that "Thanh pho Bac Kan to chuc Le hoi Long tong nam 2023"?');

  it('names what it is about by its word pairs, the place and the verb of holding it set aside', () => {
    // "long" is no function word ("lòng" of "vui lòng" is a filler phrase, lexicon.ts FILLERS).
    expect(quotedVietnamese(q)[0]?.pairs).toEqual([
      ['le', 'hoi'],
      ['hoi', 'long'],
      ['long', 'tong'],
    ]);
  });

  it('is unwritten by an article that writes its syllables apart ("tổ chức hội nghị", "tổng")', () => {
    const briefing =
      'Thành ủy Bắc Kạn tổ chức hội nghị giao ban; tổng thu ngân sách đạt khá, lòng dân đồng thuận.';
    expect(quoteUnwritten(q, briefing)).toBe('Thanh pho Bac Kan to chuc Le hoi Long tong nam 2023');
    expect(quoteUnwritten(q, 'Thành phố Bắc Kạn tổ chức Lễ hội Lồng tông năm 2023.')).toBeNull();
  });
});

/** A district's briefing that never writes of mass mobilisation work (công tác dân vận), nor "công tác". */
const BRIEFING_MK = `Trang chủ » Tin tức - Sự kiện » Xây dựng Đảng
Huyện ủy Mường Khương giao ban quý IV năm 2023
Thời gian đăng: 28/12/2023 09:12:10 AM
Sáng ngày 27/12/2023, Huyện ủy Mường Khương tổ chức hội nghị giao ban quý IV năm 2023. Đồng chí Vàng Seo Dìn, Bí thư Huyện ủy chủ trì hội nghị.
Trong quý IV, Ban Tổ chức Huyện ủy tham mưu kết nạp 40 đảng viên mới; việc kiểm tra, giám sát được thực hiện theo kế hoạch.
Hội nghị đã thống nhất nhiệm vụ trọng tâm năm 2024.
`;

/** Another district's review of that work, writing "dân vận" often enough for the index to learn it. */
const REVIEW_BH = `Trang chủ » Tin tức - Sự kiện
Bắc Hà tổng kết công tác dân vận năm 2023
Thời gian đăng: 20/12/2023 10:00:00 AM
Sáng ngày 19/12/2023, Ban Dân vận Huyện ủy Bắc Hà tổ chức hội nghị tổng kết công tác dân vận năm 2023. Đồng chí Hoàng Thị Hương, Trưởng Ban Dân vận Huyện ủy chủ trì hội nghị.
Năm 2023, công tác dân vận của hệ thống chính trị được triển khai đồng bộ; phong trào thi đua dân vận khéo có 120 mô hình. Công tác dân vận chính quyền có chuyển biến.
`;

describe('a question typed bare, its description read with the diacritics the index gives its words', () => {
  const engine = useWrittenEngine('typed-described', {
    'mk4_0a1b2c3d4e5f6071.txt': BRIEFING_MK,
    'bh4_1b2c3d4e5f607182.txt': REVIEW_BH,
  });

  it('reads the words it describes its event by as the articles write them', () => {
    const q = parseQuestion('muong khuong tong ket cong tac dan van nam 2023 ai chu tri', {
      surfaceForms: new Map([
        ['cong tac', { form: 'công tác', n: 9 }],
        ['tac dan', { form: 'tác dân', n: 4 }],
        ['dan van', { form: 'dân vận', n: 9 }],
      ]) as never,
    });
    expect(q.read).toContain('công tác dân vận');
  });

  it('keeps the pairs a folded reading loses: "van" of "dân vận" folds as "vẫn" does, a function word', () => {
    const frame = new FramePhrases(['tổng kết', 'chủ trì']);
    const idf = new Map(['cong', 'tac', 'dan', 'van'].map((w) => [w, 1]));
    const eq = { folded: true, idf, ignore: new Set<string>() } as unknown as EvidenceQuery;
    const stop = new Set(['van', 'va', 'cua']);
    expect(phrasePairs('tong ket cong tac dan van ai chu tri', eq, frame, stop)).toEqual([
      ['cong', 'tac'],
      ['tac', 'dan'],
    ]);
    expect(
      phrasePairs('tổng kết công tác dân vận ai chủ trì', markedView(eq), frame, new Set(['vẫn'])),
    ).toEqual([
      ['công', 'tác'],
      ['tác', 'dân'],
      ['dân', 'vận'],
    ]);
  });

  it('is not answered by a briefing of the place that never writes of that event', async () => {
    for (const q of [
      'Mường Khương tổng kết công tác dân vận: ai chủ trì?',
      'muong khuong tong ket cong tac dan van ai chu tri',
    ]) {
      const a = await engine().ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.answer, q).not.toContain('Chủ trì');
    }
  });

  it('still answered by the article reporting it', async () => {
    const a = await engine().ask('bac ha tong ket cong tac dan van nam 2023 ai chu tri');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Hoàng Thị Hương');
  });
});

describe('a name after "đồng chí" typed bare', () => {
  it('is a person, never a place inside it ("đc nong thanh binh": Thanh Bình is also a place name)', () => {
    const q = parseQuestion('hn tong ket 2021 ba be, dc nong thanh binh de nghi nhung nhiem vu j');
    expect(q.places.map((p) => p.candidates[0]?.name)).toEqual(['Ba Bể']);
    expect(q.entities).toContain('nong thanh binh');
    expect(q.entities).not.toContain('Thanh Bình');
  });
});
