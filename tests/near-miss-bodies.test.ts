/**
 * Bodies named by the question that an article's meeting is not: a steering committee asked by its
 * number ("Ban Chỉ đạo 389") that the article never writes, and a body the question says was
 * addressed ("đề nghị HĐND huyện …") that the article never names. Each was answered before the
 * fifteenth session: "Yes" from Steering Committee 35's review, a list of another body's meetings,
 * and what the People's Committee was asked. The near-miss kind `council` (src/eval/mutations.ts)
 * makes such questions from every answerable one.
 */
import { describe, expect, it } from 'vitest';
import {
  addressedBranchesIn,
  askedUnitCommittee,
  otherUnitCommittee,
  statesLowerUnitFigure,
} from '../src/answer/bodies.ts';
import { boardNumbersAsked } from '../src/answer/numbered-board.ts';
import { foldCorpus, mutations } from '../src/eval/mutations.ts';
import { parseQuestion } from '../src/query/parse.ts';
import { useWrittenEngine } from './helpers/written-engine.ts';

/** Two reports in the raw scraped style, written for this test. */
const BOARD_35 = `Trang chủ » Tin tức - Sự kiện
Ban Chỉ đạo 35 tỉnh Kon Tum sơ kết công tác 6 tháng đầu năm 2023
Thời gian đăng: 15/07/2023 10:00:00 AM
Chiều ngày 14/7/2023, Ban Chỉ đạo 35 tỉnh Kon Tum tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2023, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Nguyễn Văn Hòa, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Ban Chỉ đạo 35 tỉnh chủ trì hội nghị. Dự hội nghị có đồng chí Y Ngọc, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy, Phó Trưởng ban Thường trực Ban Chỉ đạo.
Trong 6 tháng đầu năm, Ban Chỉ đạo đã chỉ đạo các cơ quan báo chí đăng tải 1.250 tin, bài đấu tranh phản bác các quan điểm sai trái, thù địch. Các lực lượng cốt cán đã phát hiện, xử lý 36 tài khoản mạng xã hội đăng tải thông tin xấu độc.
Kết luận hội nghị, đồng chí Trưởng Ban Chỉ đạo đề nghị các thành viên tiếp tục nâng cao chất lượng công tác đấu tranh trên không gian mạng.
`;
const WORKING_VISIT = `Trang chủ » Tin tức - Sự kiện
Thường trực Tỉnh ủy Kon Tum làm việc với Ban Thường vụ Huyện ủy Đăk Hà
Thời gian đăng: 22/08/2023 08:30:00 AM
Sáng ngày 21/8/2023, Thường trực Tỉnh ủy Kon Tum làm việc với Ban Thường vụ Huyện ủy Đăk Hà về tình hình thực hiện nhiệm vụ 6 tháng đầu năm 2023. Đồng chí Dương Văn Trang, Bí thư Tỉnh ủy chủ trì buổi làm việc. Cùng dự có đồng chí Y Ngọc, Trưởng Ban Tuyên giáo Tỉnh ủy.
Trong 6 tháng đầu năm, huyện Đăk Hà đạt tổng giá trị sản xuất 2.150 tỷ đồng, kết nạp 68 đảng viên mới.
Phát biểu kết luận, đồng chí Bí thư Tỉnh ủy đề nghị các cấp, các ngành của huyện tập trung khắc phục hạn chế, hoàn thành các chỉ tiêu năm 2023. Trong đó, UBND huyện tập trung chỉ đạo đẩy nhanh giải ngân vốn đầu tư công, hoàn thành giải phóng mặt bằng các dự án trọng điểm.
`;

describe('bodies a question names', () => {
  it('reads the steering committees a question names by number, in either language and typed bare', () => {
    expect(boardNumbersAsked(parseQuestion('Ban Chỉ đạo 389 tỉnh Kon Tum có những cuộc họp nào?'))).toEqual([
      '389',
    ]);
    expect(boardNumbersAsked(parseQuestion('bcd 35 kon tum so ket 6 thang 2023 ngay nao'))).toEqual(['35']);
    expect(boardNumbersAsked(parseQuestion("Who chaired Kon Tum's Steering Committee 35 review?"))).toEqual([
      '35',
    ]);
    // A year after the head is no committee's number.
    expect(boardNumbersAsked(parseQuestion('Ban Chỉ đạo 2023 họp mấy lần?'))).toEqual([]);
  });

  it('reads the bodies a question says were addressed, not the one that met nor a post', () => {
    expect([
      ...addressedBranchesIn('Bí thư Tỉnh ủy đề nghị HĐND huyện Đăk Hà tập trung những gì?'),
    ]).toHaveLength(1);
    expect([
      ...addressedBranchesIn("What did the secretary ask the district People's Council to focus on?"),
    ]).toHaveLength(1);
    expect([...addressedBranchesIn('Kỳ họp HĐND huyện Đăk Hà do ai chủ trì?')]).toEqual([]);
    expect([...addressedBranchesIn('Chủ tịch UBND huyện đề nghị gì?')]).toEqual([]);
  });

  it('makes council near-misses: the other State body, or another committee number, that no article about the place writes', () => {
    const corpus = foldCorpus([BOARD_35, WORKING_VISIT]);
    const made = (q: string) => mutations({ id: 'a', q }, corpus).find((m) => m.kind === 'council');
    expect(made('Ai chủ trì hội nghị sơ kết 6 tháng đầu năm 2023 của Ban Chỉ đạo 35 tỉnh Kon Tum?')?.to).toBe(
      '389',
    );
    expect(made('Bí thư Tỉnh ủy Kon Tum đề nghị UBND huyện Đăk Hà tập trung những gì?')?.q).toBe(
      'Bí thư Tỉnh ủy Kon Tum đề nghị HĐND huyện Đăk Hà tập trung những gì?',
    );
    // The People's Committee is written: no near-miss the other way.
    expect(made('Bí thư Tỉnh ủy Kon Tum đề nghị HĐND huyện Đăk Hà tập trung những gì?')).toBeUndefined();
  });
});

describe('answers about a body the articles do not report', () => {
  const written = useWrittenEngine('near-miss-bodies', {
    'kt1_1111aaaa2222bbbb.txt': BOARD_35,
    'kt2_3333cccc4444dddd.txt': WORKING_VISIT,
  });
  const ask = async (q: string) => (await written().ask(q)).answered;

  it('a steering committee the articles never write by its number is not found, in a list or a yes/no claim (both were answered)', async () => {
    for (const q of [
      'Ban Chỉ đạo 389 tỉnh Kon Tum có những cuộc họp nào?',
      "Did Y Ngoc attend the first-half 2023 review of Kon Tum's Steering Committee 389?",
      'bcd 389 kon tum so ket 6 thang 2023 ngay nao',
    ])
      expect(await ask(q), q).toBe(false);
    expect((await written().ask('Ban Chỉ đạo 35 tỉnh Kon Tum có những cuộc họp nào?')).answer).toContain(
      'Ban Chỉ đạo 35 tỉnh Kon Tum sơ kết',
    );
    const yes = await written().ask(
      "Did Y Ngoc attend the first-half 2023 review of Kon Tum's Steering Committee 35?",
    );
    expect(yes.verdict).toBe('yes');
  });

  it('what was asked of a body the article never names is not found; of the one it names, answered', async () => {
    expect(
      (await written().ask('Bí thư Tỉnh ủy Kon Tum đề nghị HĐND huyện Đăk Hà tập trung những gì?')).answer,
    ).toMatch(/^Các bài không nói về HĐND; gần nhất là:/u);
    expect(await ask('Bí thư Tỉnh ủy Kon Tum đề nghị UBND huyện Đăk Hà tập trung những gì?')).toBe(true);
  });

  it('reads the Party committee of one kind of unit a question asks of, not one in a title', () => {
    expect(askedUnitCommittee('Ai trình bày báo cáo tại hội nghị Thị ủy giao ban 9 tháng năm 2023?')).toBe(
      'Thị ủy',
    );
    expect(askedUnitCommittee('Who chaired the town party committee nine-month 2023 briefing?')).toBe(
      'Thị ủy',
    );
    // Inside a person's title it names the person: nothing asked of the meeting.
    expect(askedUnitCommittee('Bí thư Thị ủy là ai?')).toBeNull();
    // "Thường trực Tỉnh ủy" reads as a post; the committee visited is asked, met by a visit's counterpart.
    expect(askedUnitCommittee('Thường trực Tỉnh ủy làm việc với Huyện ủy nào?')).toBe('Huyện ủy');
    expect(askedUnitCommittee('Tỉnh ủy và Huyện ủy họp khi nào?')).toBeNull();
    const meeting = { orgName: 'Huyện ủy Vị Xuyên', counterpart: null } as never;
    expect(
      otherUnitCommittee('Thị ủy', meeting, 'Vị Xuyên: Giao ban công tác xây dựng Đảng 9 tháng năm 2023'),
    ).toBe(true);
    expect(
      otherUnitCommittee('Huyện ủy', meeting, 'Vị Xuyên: Giao ban công tác xây dựng Đảng 9 tháng năm 2023'),
    ).toBe(false);
  });

  it("a town Party committee's meeting asked of no place is not a district committee's (a district's presenter was given for it)", async () => {
    // The province's working visit to the district committee (Huyện ủy) is the only meeting of August 2023.
    expect(await ask('Who chaired the town party committee working session in August 2023?')).toBe(false);
    expect(await ask('ai chu tri buoi lam viec cua thi uy thang 8/2023')).toBe(false);
    expect(await ask('Who chaired the district party committee working session in August 2023?')).toBe(true);
  });

  it("a province's figure is not a district's stated at the province's own visit (the district's count was given)", async () => {
    expect(
      statesLowerUnitFigure('Đảng bộ thị xã hiện có 2.076 đảng viên, 7 tháng kết nạp 61 đảng viên mới.'),
    ).toBe(true);
    expect(statesLowerUnitFigure('Toàn tỉnh kết nạp 1.200 đảng viên, trong đó huyện Đăk Hà 68.')).toBe(false);
    for (const q of [
      'Tỉnh Kon Tum kết nạp bao nhiêu đảng viên mới trong 6 tháng đầu năm 2023?',
      'How many new party members did Kon Tum province admit in the first half of 2023?',
    ])
      expect(await ask(q), q).toBe(false);
    expect(
      (await written().ask('Huyện Đăk Hà kết nạp bao nhiêu đảng viên mới trong 6 tháng đầu năm 2023?'))
        .answer,
    ).toContain('68 đảng viên');
  });

  it('a district written "Đăk Hà" is the gazetteer\'s Đắk Hà, and a refusal never says the articles are silent on a place one reports on', async () => {
    // It was "The articles do not say anything about Dak Ha" (the article writes Đăk, the gazetteer Đắk).
    expect((await written().ask('What did the Kon Tum party secretary ask Dak Ha to do?')).answer).toContain(
      'khắc phục hạn chế',
    );
    // Another year of Đăk Hà: the closest is Đăk Hà's report, and the year is what is missing.
    expect((await written().ask('Đăk Hà kết nạp bao nhiêu đảng viên năm 2022?')).answer).toMatch(
      /^Các bài không nói về năm 2022; gần nhất là:\nThường trực Tỉnh ủy Kon Tum làm việc với Ban Thường vụ Huyện ủy Đăk Hà/u,
    );
  });
});
