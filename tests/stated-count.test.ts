/**
 * "bao nhiêu hội nghị học tập nghị quyết": a meeting noun qualified by what the meetings did is a
 * figure the report states, read before any meetings are counted (and the meetings counted when no
 * report states it); a count of meetings by kind, body or period stays a count (answer/meetings.ts
 * `statedCountAsked`, `meetingOp`; answer/answer.ts).
 */
import { describe, expect, it } from 'vitest';
import { meetingOp, statedCountAsked } from '../src/answer/meetings.ts';
import { parseQuestion } from '../src/query/parse.ts';

describe('a count of meetings qualified by what they did', () => {
  it('asks the stated figure, formal or chat', () => {
    for (const text of [
      'Năm 2022, Ban Tuyên giáo Huyện ủy Lạc Thủy tổ chức bao nhiêu hội nghị học tập nghị quyết?',
      'lac thuy 2022 btg to chuc bn hoi nghi hoc tap nghi quyet',
      'lac thuy 2022 to chuc bn hn tuyen truyen',
    ]) {
      const q = parseQuestion(text);
      expect(statedCountAsked(q), text).toBe(true);
      // Still a count of meetings, answered so only when no report states the figure (answer.ts).
      expect(meetingOp(q), text).toBe('count');
    }
  });

  it('leaves a count of meetings by kind, body or period a count', () => {
    for (const text of [
      'Năm 2022 có bao nhiêu hội nghị giao ban?',
      'nam 2022 co bao nhieu hoi nghi giao ban',
      'Huyện ủy Lạc Thủy có mấy cuộc giao ban vào những ngày nào',
      'Có bao nhiêu cuộc họp của Ban Chỉ đạo 35 trong năm 2023?',
      'Có bao nhiêu hội nghị sơ kết 6 tháng đầu năm 2023?',
      'bao nhieu cuoc hop nam 2023',
    ]) {
      const q = parseQuestion(text);
      expect(statedCountAsked(q), text).toBe(false);
      expect(meetingOp(q), text).toBe('count');
    }
  });
});
