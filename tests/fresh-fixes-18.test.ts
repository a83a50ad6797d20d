/**
 * The mechanisms the dev halves of fresh sets KKK and LLL showed missing (thirty-seventh session),
 * each on text written for this test (made-up people, bodies, places and figures).
 */
import { describe, it } from 'vitest';
import { seedTexts } from './helpers/articles.ts';
import { expectAnswered } from './helpers/expect-answers.ts';
import { useWrittenEngine } from './helpers/written-engine.ts';

describe('an act written in the passive, its object before the agent', () => {
  // Two deputies each run one part: the first is written "Phần thảo luận do đồng chí X … điều
  // hành" (object first), the second "đồng chí Y … điều hành phần biểu quyết" after "Sau thảo luận".
  const SESSION = `HĐND tỉnh Đắk Rơ tổ chức kỳ họp chuyên đề, thông qua 2 nghị quyết
Ngày 14/9/2023, HĐND tỉnh Đắk Rơ khóa XVIII tổ chức kỳ họp chuyên đề. Đồng chí Vi Đức Toàn, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì kỳ họp.
Phần thảo luận do đồng chí Mạc Thị Huyền Trâm, Phó Chủ tịch HĐND tỉnh điều hành. Các đại biểu cơ bản thống nhất với các tờ trình.
Sau thảo luận, đồng chí Tòng Văn Khải, Phó Chủ tịch HĐND tỉnh điều hành phần biểu quyết. Kỳ họp đã biểu quyết thông qua 2 nghị quyết với 44/46 đại biểu tán thành.
`;
  const engine = useWrittenEngine('dak-ro-session', { ...seedTexts(), 'session.txt': SESSION });

  it('answers the one the passive clause names for the object asked', async () => {
    await expectAnswered(
      engine(),
      [
        'Tại kỳ họp chuyên đề tháng 9/2023 của HĐND tỉnh Đắk Rơ, ai điều hành phần thảo luận?',
        'hdnd dak ro ky hop chuyen de t9/2023 phan thao luan do ai dieu hanh',
        'Who steered the discussion at the Dak Ro provincial People’s Council thematic session in September 2023?',
      ],
      'Mạc Thị Huyền Trâm',
    );
  });

  it('still answers the one the active clause names for the other object', async () => {
    await expectAnswered(
      engine(),
      ['Ai điều hành phần biểu quyết tại kỳ họp chuyên đề HĐND tỉnh Đắk Rơ tháng 9/2023?'],
      'Tòng Văn Khải',
    );
  });
});
