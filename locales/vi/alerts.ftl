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
