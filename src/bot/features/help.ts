import { Composer, type Context } from 'grammy';
import { type FeatureDeps, isAdminUser } from '../deps.ts';
import { replyHtml } from '../reply.ts';

/** Example questions shown by /start and /help: the kinds of facts meeting reports carry. */
export const EXAMPLE_QUESTIONS = [
  'Hội nghị giao ban quý I năm 2021 do ai chủ trì?',
  'Những nhiệm vụ trọng tâm được đề ra cho thời gian tới là gì?',
  'Kết quả thu ngân sách 6 tháng đầu năm ra sao?',
];

const examples = EXAMPLE_QUESTIONS.map((q) => `• ${q}`).join('\n');

export const START_TEXT = `Xin chào! Tôi trả lời câu hỏi về các bản tin hội nghị, cuộc họp của Đảng và chính quyền, kèm trích dẫn nguồn [1], [2]…

Cứ gửi câu hỏi bằng tiếng Việt (có dấu hay không dấu đều được), ví dụ:
${examples}

Gõ /help để xem các lệnh.`;

const HELP_TEXT = `<b>Cách hỏi</b>
Gửi một câu hỏi về nội dung các bản tin; câu trả lời có số trích dẫn [1], [2]… và danh sách nguồn. Bấm nút <b>Nguồn 1</b>, <b>Nguồn 2</b>… để xem đoạn văn được trích. Trong nhóm, hãy nhắc tên bot hoặc trả lời tin nhắn của bot.

Ví dụ:
${examples}

<b>Lệnh</b>
/latest [n] — n bản tin mới nhất (mặc định 5, tối đa 20)
/search &lt;từ khóa&gt; — các đoạn văn khớp từ khóa, không kèm câu trả lời
/stats — số bài viết, số đoạn, tình trạng chỉ mục
/new — bắt đầu câu hỏi mới (bot quên ngữ cảnh các câu trước; gõ “câu hỏi mới” cũng được)
/help — hướng dẫn này`;

const ADMIN_HELP = `

<b>Quản trị</b> (chỉ trong tin nhắn gửi trực tiếp, không chuyển tiếp)
/reindex — quét lại thư mục bản tin, cập nhật phần thay đổi
/add &lt;nội dung bài&gt; — thêm một bài; hoặc gửi tệp .txt/.html kèm chú thích /add
/remove &lt;mã bài&gt; — xóa một bài (mã xem trong /latest)
/feedback [n] — n câu trả lời bị đánh giá 👎 gần nhất, kèm câu hỏi`;

/** /start and /help; admins also see the admin commands. */
export function helpFeature(deps: FeatureDeps): Composer<Context> {
  const composer = new Composer<Context>();
  composer.command('start', (ctx) => ctx.reply(START_TEXT));
  composer.command('help', (ctx) =>
    replyHtml(ctx, HELP_TEXT + (isAdminUser(deps, ctx.from?.id) ? ADMIN_HELP : '')),
  );
  return composer;
}
