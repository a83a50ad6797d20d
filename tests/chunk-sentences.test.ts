import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/text/sentences.ts';

const sentences = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at . ! ? … and at line breaks, trimming each span', () => {
    expect(sentences('  Câu một. Câu hai! Câu ba? Câu bốn… Câu năm\nDòng mới  \n\n Đoạn mới.  ')).toEqual([
      'Câu một.',
      'Câu hai!',
      'Câu ba?',
      'Câu bốn…',
      'Câu năm',
      'Dòng mới',
      'Đoạn mới.',
    ]);
  });

  it('keeps closing quotes and brackets with their sentence', () => {
    expect(sentences('Phong trào “Dân vận khéo.” Tiếp theo (đã xong.) Hết.')).toEqual([
      'Phong trào “Dân vận khéo.”',
      'Tiếp theo (đã xong.)',
      'Hết.',
    ]);
  });

  it('never splits abbreviations, initials or numbers', () => {
    const text =
      'Đoàn công tác TP. Hồ Chí Minh do ThS. Lê Văn A, TS. Trần B, GS.TS Nguyễn Thanh Long, PGS. TS Hà C và Th.S Đỗ D dẫn đầu, v.v. Các đại biểu gồm ông Nguyễn V. An. Kết quả: 1.300 học viên, 98,8% đạt, 13/15 chỉ tiêu, ngày 31-3-2021, Nghị quyết 19-NQ/TU…/.';
    expect(sentences(text)).toEqual([
      'Đoàn công tác TP. Hồ Chí Minh do ThS. Lê Văn A, TS. Trần B, GS.TS Nguyễn Thanh Long, PGS. TS Hà C và Th.S Đỗ D dẫn đầu, v.v. Các đại biểu gồm ông Nguyễn V. An.',
      'Kết quả: 1.300 học viên, 98,8% đạt, 13/15 chỉ tiêu, ngày 31-3-2021, Nghị quyết 19-NQ/TU…/.',
    ]);
  });

  it('does not split before a lowercase word (a typo, not a sentence end)', () => {
    expect(sentences('đã thực hiện. có hiệu quả công tác. Tiếp tục')).toEqual([
      'đã thực hiện. có hiệu quả công tác.',
      'Tiếp tục',
    ]);
  });

  it('empty and blank text give no spans', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t \n')).toEqual([]);
  });

  it('property: spans are ordered, trimmed, disjoint and cover every non-space character', () => {
    const alphabet = fc.constantFrom(
      ...'aăbcdđeêgiklmnoôơpqrstuưvxyAĐHTV0123456789 .,!?…;:"”()/-%\n\t'.split(''),
      'TP.',
      'v.v.',
      '1.300',
      ' ',
      '  ',
      '\n\n',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 300 }), (parts) => {
        const text = parts.join('');
        const spans = splitSentences(text);
        let covered = 0;
        let prevEnd = 0;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(prevEnd);
          expect(s.end).toBeGreaterThan(s.start);
          const slice = text.slice(s.start, s.end);
          expect(slice).toBe(slice.trim());
          covered += slice.replace(/\s/g, '').length;
          prevEnd = s.end;
        }
        expect(covered).toBe(text.replace(/\s/g, '').length);
      }),
      { numRuns: 400 },
    );
  });
});
