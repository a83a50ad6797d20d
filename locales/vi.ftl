# Vietnamese (default). Telegram HTML is allowed where the message is sent as HTML (help-*).
start =
    Xin chào! Tôi trả lời câu hỏi về các bản tin hội nghị, cuộc họp của Đảng và chính quyền, kèm trích dẫn nguồn [1], [2]…

    Cứ gửi câu hỏi bằng tiếng Việt (có dấu hay không dấu đều được), hoặc bấm một câu hỏi mẫu:
    { $examples }

    Gõ /help để xem các lệnh.
help =
    <b>Cách hỏi</b>
    Gửi một câu hỏi về nội dung các bản tin; câu trả lời có số trích dẫn [1], [2]… và danh sách nguồn. Bấm nút <b>Nguồn 1</b>… để xem đoạn văn được trích, <b>Toàn bài</b> để đọc cả bài. Trong nhóm, hãy nhắc tên bot hoặc trả lời tin nhắn của bot.

    Ví dụ (bấm để hỏi):
    { $examples }

    <b>Lệnh</b>
    /latest [n] — n bản tin mới nhất (mặc định 5, tối đa 20)
    /search &lt;từ khóa&gt; — các bài có cụm từ này trong tiêu đề hoặc nội dung
    /stats — số bài viết, số đoạn, tình trạng chỉ mục
    /new — bắt đầu câu hỏi mới (bot quên ngữ cảnh các câu trước; gõ “câu hỏi mới” cũng được)
    /theodoi &lt;địa danh hoặc cụm từ&gt; — báo khi có bài mới về nơi hoặc cụm từ đó; /boqua — bỏ theo dõi
    /help — hướng dẫn này
help-admin =
    <b>Quản trị</b> (chỉ trong tin nhắn gửi trực tiếp, không chuyển tiếp)
    /reindex — quét lại thư mục bản tin, cập nhật phần thay đổi
    /add &lt;địa chỉ trang&gt; … — tải một hoặc vài bài từ web (trang, PDF, DOCX), xem trước rồi bấm Lưu
    /add &lt;nội dung bài&gt; — thêm một bài dán vào; hoặc gửi tệp .txt/.html/.pdf/.docx kèm chú thích /add
    /remove &lt;mã bài&gt; — xóa một bài sau khi xác nhận (mã xem trong /latest)
    /feedback [n] — n câu trả lời bị đánh giá 👎 gần nhất, kèm câu hỏi

## Dates and ages (format/date.ts)
date-unknown = không rõ ngày
age-unknown = không rõ
age-now = vừa xong
age-minutes = { $n } phút trước
age-hours = { $n } giờ trước
age-days = { $n } ngày trước

## /latest (features/latest.ts, format/lists.ts)
latest-usage = Cách dùng: /latest [n] [địa danh], với n là số từ 1 đến { $max } (mặc định { $default }). Ví dụ: /latest 10, /latest Kon Tum
latest-capped = Chỉ hiện tối đa { $max } bản tin mỗi lần.
latest-empty = Chưa có bản tin nào trong chỉ mục.
latest-heading = { $count } bản tin mới nhất
latest-heading-place = { $count } bản tin mới nhất về { $place }
latest-none-at-place = Không có bản tin nào về { $place }.
latest-chair = Chủ trì: { $chair }

## /search (features/search.ts, format/search.ts)
search-usage = Cách dùng: /search <từ khóa> [địa danh]. Ví dụ: /search giao ban quý I, /search ngân sách Mường Lay
search-expired = Kết quả tìm kiếm này đã cũ. Hãy tìm lại.
search-none = Không tìm thấy bài nào có cụm “{ $phrase }”. Hãy thử từ khóa khác, có dấu hoặc không dấu.
search-none-at-place = Không tìm thấy bài nào về { $place } có cụm “{ $phrase }”. Hãy thử từ khóa khác, có dấu hoặc không dấu.
search-heading = { $count } bài khớp với “{ $phrase }”
search-page = (trang { $page }/{ $pages })
search-previous = ‹ Trước
search-next = Sau ›

## /stats chart (chart/spec.ts)
chart-title = Số cuộc họp theo quý và tỉnh
chart-subtitle = { $shown } trong { $total } bài · { $provinces } tỉnh nhiều cuộc họp nhất · { $quarters } quý gần nhất
chart-axis-count = Số cuộc họp
chart-legend = Tỉnh
chart-quarter = Quý { $roman }/{ $year }

## /stats text (format/stats.ts)
stats-heading = Thống kê chỉ mục
stats-articles = Bài viết: { $n }
stats-chunks = Đoạn văn: { $n }
stats-vectors = Tìm kiếm ngữ nghĩa: { $state }
stats-vectors-on = bật ({ $model })
stats-vectors-off = tắt — chỉ tìm theo từ khóa
stats-model-unknown = không rõ mô hình
stats-generation = Thế hệ chỉ mục: { $n }
stats-built = Cập nhật lúc: { $at } ({ $age })
stats-chart-caption = Số cuộc họp theo quý của { $provinces } tỉnh nhiều cuộc họp nhất: { $shown } trong { $total } bài.

## Admin details and update reports (format/stats.ts, features/admin.ts)
admin-detail = Quản trị: { $detail }
detail-line = Chi tiết: { $detail }
update-done = <b>Đã cập nhật chỉ mục</b> trong { $seconds } giây
update-added = Thêm: { $n }
update-changed = Thay đổi: { $n }
update-removed = Xóa: { $n }
update-unchanged = Không đổi: { $n }
update-skipped = Bỏ qua: { $n }

## Buttons, conversations and questions (features/conversation.ts, question.ts, passages.ts, sources.ts)
button-invalid = Nút này không hợp lệ.
conversation-new = Đã bắt đầu câu hỏi mới: câu tiếp theo được trả lời riêng, không dựa vào các câu trước.
conversation-expired = Phiên hỏi đáp đã hết hạn hoặc đã có câu hỏi mới hơn. Bạn hãy gửi lại câu hỏi nhé.
question-empty = Bạn muốn hỏi gì? Hãy viết câu hỏi ngay sau tên bot, ví dụ: “Hội nghị do ai chủ trì?”
article-gone = Bài này không còn trong chỉ mục.
article-changed = Bài này đã được cập nhật nên đoạn trích đã khác. Bạn hãy hỏi lại nhé.
source-expired = Câu trả lời này đã cũ nên không còn lưu nguồn. Bạn hãy hỏi lại nhé.

## Feedback (features/feedback.ts, format/conversation.ts)
feedback-thanks-up = Cảm ơn bạn! Đã ghi nhận { $up }.
feedback-thanks-down = Cảm ơn bạn! Đã ghi nhận { $down }; câu hỏi này sẽ được xem lại.
feedback-changed = Đã đổi đánh giá của bạn thành { $vote }.
feedback-same = Bạn đã đánh giá câu trả lời này như vậy rồi.
feedback-expired = Câu trả lời này đã cũ nên không nhận đánh giá nữa.
feedback-private-only = Hãy dùng /feedback trong tin nhắn riêng với bot.
feedback-usage = Cách dùng: /feedback [n], với n từ 1 đến { $max } (mặc định { $default }).
feedback-list-heading = Góp ý:
feedback-list-empty = Chưa có câu trả lời nào bị đánh giá { $down }.
feedback-list-id = mã { $id }
feedback-list-sources = Nguồn: { $docs }
feedback-list-no-sources = Không trích nguồn

## Errors, fallbacks and limits (errors.ts, features/fallback.ts, middleware/rate-limit.ts)
error-apology = Xin lỗi, đã có lỗi khi xử lý tin nhắn này. Bạn vui lòng thử lại sau ít phút.
error-apology-short = Xin lỗi, đã có lỗi. Vui lòng thử lại.
button-gone = Nút này không còn hiệu lực.
text-only = Tôi chỉ đọc được tin nhắn chữ. Hãy gõ câu hỏi của bạn, hoặc /help để xem hướng dẫn.
unknown-command = Không có lệnh /{ $name }. Gõ /help để xem các lệnh.
rate-limited = Bạn gửi hơi nhanh 🙂 Vui lòng đợi khoảng một phút rồi hỏi tiếp.

## Small talk (features/examples.ts)
small-talk-greeting = Xin chào! 👋 Tôi trả lời câu hỏi về các bản tin hội nghị của Đảng và chính quyền, kèm trích dẫn nguồn. Bạn thử bấm một câu hỏi mẫu hoặc tự gõ câu hỏi:
small-talk-thanks = Không có gì ạ! Bạn cứ hỏi tiếp nhé, ví dụ:

## Answers and their sources (format/answer.ts, format/sources.ts)
sources-heading = Nguồn:
source-button = Nguồn { $n }
article-button = Toàn bài
article-button-n = Toàn bài { $n }
source-published = Ngày đăng: { $date }
source-where = Nguồn: { $where }
source-also-in = cũng đăng tại: { $sources }
source-also-published = Cũng đăng tại: { $sources }
article-page = Trang { $page }/{ $pages }
article-next-page = Trang sau ›

## Admin commands (features/admin.ts)
admin-only = Lệnh này chỉ dành cho quản trị viên.
admin-forwarded = Lệnh quản trị phải được gửi trực tiếp, không nhận tin nhắn chuyển tiếp.
admin-busy = Một cập nhật khác đang chạy. Hãy thử lại khi nó xong (xem /stats).
update-started = ⏳ Đang cập nhật chỉ mục; câu hỏi vẫn được trả lời trong lúc này…
update-failed = Cập nhật thất bại.

## /add and /remove (features/ingest.ts, format/preview.ts)
add-usage = Cách dùng: /add rồi một hoặc vài địa chỉ trang (http/https), hoặc dán nội dung bài (tiêu đề ở dòng đầu); hoặc gửi tệp .txt/.html/.pdf/.docx kèm chú thích /add.
remove-usage = Cách dùng: /remove <mã bài>. Mã bài xem trong /latest.
add-bad-file-type = Chỉ nhận tệp .txt, .html, .pdf hoặc .docx.
add-not-utf8 = Tệp không phải văn bản UTF-8.
add-no-article = Không tìm thấy nội dung bài viết (chỉ có tiêu đề hoặc phần trang trí). Không lưu gì.
add-cancelled = Đã hủy, không lưu gì.
remove-cancelled = Đã hủy, không xóa gì.
pending-gone = Yêu cầu này đã hết hạn hoặc đã xử lý. Hãy gửi lại lệnh.
pending-foreign = Nút này thuộc về yêu cầu của người khác.
add-too-many-urls = Mỗi lần /add tối đa { $max } địa chỉ.
add-file-too-large = Tệp quá lớn: tối đa { $mb } MB.
add-file-unreadable = Không đọc được tệp này.
add-file-unreadable-because = Không đọc được tệp này: { $reason }
add-fetch-failed = Không lấy được { $url }: { $reason }
remove-unknown = Không có bài nào mã { $id }. Mã bài xem trong /latest.
remove-confirm = Xóa bài { $id } — { $title }?
add-done = Đã thêm bài { $id }.
remove-done = Đã xóa bài { $id } — { $title }.
add-duplicate = Bài này đã có: { $id } — { $title }. Không lưu thêm.
button-save = Lưu
button-cancel = Hủy
button-delete = Xóa
add-reason-bad-url = địa chỉ không hợp lệ (chỉ nhận http và https).
add-reason-blocked = địa chỉ nội bộ hoặc riêng tư bị chặn.
add-reason-dns = không tìm thấy tên miền.
add-reason-timeout = máy chủ không trả lời kịp.
add-reason-too-large = tài liệu quá lớn.
add-reason-redirects = chuyển hướng quá nhiều lần.
add-reason-http-status = máy chủ trả lỗi.
add-reason-not-document = đây không phải trang web, PDF hay DOCX.
add-reason-network = lỗi mạng.
add-reason-empty = tài liệu không có chữ.
add-reason-damaged = tài liệu bị hỏng hoặc không đọc được.
add-reason-not-utf8 = tệp không phải văn bản UTF-8.
add-reason-unknown = lỗi không rõ.
preview-heading = Xem trước — chưa lưu
preview-title = Tiêu đề: { $title }
preview-author = Tác giả: { $author }
preview-chairs = Chủ trì: { $chairs }
preview-periods = Kỳ báo cáo: { $periods }
preview-organisation = Đơn vị: { $organisation }
preview-length = Độ dài: { $chars } ký tự
preview-actions = Bấm <b>Lưu</b> để thêm bài vào chỉ mục, hoặc <b>Hủy</b>.

## Command menus (commands.ts); the i18n test checks these keys exist too
menu-start = Giới thiệu bot
menu-help = Cách đặt câu hỏi, kèm ví dụ
menu-latest = Các bản tin mới nhất, ví dụ /latest 10 hoặc /latest Kon Tum
menu-search = Tìm bài theo từ khóa, có thể kèm địa danh
menu-stats = Thống kê chỉ mục, kèm biểu đồ (cũng là /thongke)
menu-new = Bắt đầu câu hỏi mới (quên ngữ cảnh)
menu-theodoi = Theo dõi bài mới về một nơi hoặc cụm từ: /theodoi Kon Tum
menu-boqua = Xem và bỏ theo dõi
menu-reindex = Quét lại thư mục bản tin (quản trị)
menu-add = Thêm bài: /add <địa chỉ hoặc nội dung>, hoặc tệp kèm chú thích /add (quản trị)
menu-remove = Xóa bài theo mã: /remove <mã> (quản trị)
menu-feedback = Các câu trả lời bị đánh giá 👎 gần nhất (quản trị)

# Alerts (/theodoi, /boqua) and their notices. Sent as Telegram HTML: the bot escapes the variables.
alert-usage =
    Cách dùng: /theodoi &lt;địa danh hoặc cụm từ&gt;, ví dụ <code>/theodoi Kon Tum</code> hoặc <code>/theodoi Ban Tuyên giáo</code>. Khi có bài mới khớp, bot báo ngay trong cuộc trò chuyện này. Xem và bỏ theo dõi: /boqua
alert-too-long = Chủ đề dài quá (tối đa { $max } ký tự). Hãy ghi một địa danh hoặc một cụm từ ngắn.
alert-too-short = Cụm từ ngắn quá: cần ít nhất { $min } chữ cái.
alert-added-place = Đã theo dõi địa bàn <b>{ $label }</b> ({ $unit }). Khi có bài mới về nơi này, bot sẽ báo tại đây. Xem và bỏ theo dõi: /boqua
alert-added-phrase = Đã theo dõi cụm từ «<b>{ $label }</b>» trong tiêu đề và nội dung bài. Khi có bài mới nhắc đến, bot sẽ báo tại đây. Xem và bỏ theo dõi: /boqua
alert-exists = Cuộc trò chuyện này đã theo dõi «{ $label }» rồi.
alert-full = Mỗi cuộc trò chuyện theo dõi tối đa { $max } chủ đề. Bỏ bớt bằng /boqua.
alert-group-only-admins = Trong nhóm, chỉ quản trị viên của nhóm mới đặt hay bỏ theo dõi.
alert-list-empty = Cuộc trò chuyện này chưa theo dõi gì. Dùng /theodoi &lt;địa danh hoặc cụm từ&gt;.
alert-list-head = <b>Đang theo dõi</b> (bấm một nút để bỏ):
alert-removed = Đã bỏ theo dõi «{ $label }».
alert-removed-all = Đã bỏ theo dõi tất cả ({ $count } chủ đề).
alert-not-followed = Cuộc trò chuyện này không theo dõi «{ $label }». Xem danh sách: /boqua
alert-button-gone = Mục này không còn trong danh sách.
alert-button-all = Bỏ tất cả
alert-kind-place = địa bàn
alert-kind-phrase = cụm từ
alert-notice-head = 🔔 Bài mới về «{ $topic }»:
alert-read = Đọc bài
alert-open = Mở trang gốc
alert-ask = Hỏi về bài này
alert-ask-prompt = Bạn muốn hỏi gì về bài <b>{ $title }</b>? Hãy <b>trả lời tin nhắn này</b> bằng câu hỏi; bot chỉ tìm câu trả lời trong bài đó.
alert-ask-placeholder = Ví dụ: Ai chủ trì hội nghị?
alert-ask-gone = Bài này không còn trong chỉ mục.
