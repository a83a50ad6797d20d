import { Composer, type Context } from 'grammy';
import { type FeatureDeps, isAdminUser } from '../deps.ts';
import { replyHtml } from '../reply.ts';
import { EXAMPLE_QUESTIONS, exampleKeyboard } from './examples.ts';

export { EXAMPLE_QUESTIONS };

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
/help — hướng dẫn này`;

const ADMIN_HELP = `

<b>Quản trị</b> (chỉ trong tin nhắn gửi trực tiếp, không chuyển tiếp)
/reindex — quét lại thư mục bản tin, cập nhật phần thay đổi
/add &lt;địa chỉ trang&gt; … — tải một hoặc vài bài từ web (trang, PDF, DOCX), xem trước rồi bấm Lưu
/add &lt;nội dung bài&gt; — thêm một bài dán vào; hoặc gửi tệp .txt/.html/.pdf/.docx kèm chú thích /add
/remove &lt;mã bài&gt; — xóa một bài sau khi xác nhận (mã xem trong /latest)`;

/** /start and /help; admins also see the admin commands. */
export function helpFeature(deps: FeatureDeps): Composer<Context> {
  const composer = new Composer<Context>();
  composer.command('start', (ctx) => ctx.reply(START_TEXT, { reply_markup: exampleKeyboard() }));
  composer.command('help', (ctx) =>
    replyHtml(ctx, HELP_TEXT + (isAdminUser(deps, ctx.from?.id) ? ADMIN_HELP : ''), {
      keyboard: exampleKeyboard(),
    }),
  );
  return composer;
}
