/**
 * Sentence pools for the records every meeting report states, each in several paraphrased
 * wordings: chair, presenter, concluding speaker, attendees, venue, limitations, tasks, decisions,
 * and general filler without numbers. Templates use `{a|b}` alternatives and `$vars` (template.ts).
 * Variables: $C committee (`Huyện ủy`), $u unit (`huyện`), $name, $place, $prov, $xa (lower tier),
 * $db (`Đảng bộ huyện`), $org, $y, $y1, $P (period), $Pn (next period), $Ps (short period),
 * $field (the subject reviewed), $venue, $dl (deadline date).
 */

/** The chair alone: $ch is `đồng chí Name, Title`, $chName the bare name. */
export const CHAIR_ONE = [
  '{Chủ trì|Điều hành} hội nghị là $ch.',
  'Hội nghị đặt dưới sự chủ trì của $ch.',
  '{Hội nghị|Cuộc họp} do $ch chủ trì.',
  '$Ch chủ trì {hội nghị|cuộc họp}.',
  'Tham dự và chủ trì {hội nghị|cuộc họp} có $ch.',
  'Người chủ trì {hội nghị|cuộc họp} là $ch.',
];

/** Chair and co-chair: $ch and $co. */
export const CHAIR_TWO = [
  '$Ch và $co đồng chủ trì {hội nghị|cuộc họp}.',
  'Đồng chủ trì {hội nghị|cuộc họp} gồm $ch và $co.',
  '{Hội nghị|Cuộc họp} do $ch cùng $co chủ trì.',
];

/** Named attendees: $att is `đồng chí A, title; đồng chí B, title`. */
export const ATTENDEES = [
  '{Về dự|Tới dự} {hội nghị|cuộc họp} có $att.',
  'Tham dự còn có $att{ cùng đại diện lãnh đạo các cơ quan, đơn vị liên quan|}.',
  'Cùng dự có $att.',
];

/** Unnamed attendance (after the named one, or alone). */
export const ATTENDANCE = [
  '{Thành phần dự|Dự họp} gồm {đại diện|lãnh đạo} các phòng, ban, đơn vị thuộc $u và {lãnh đạo|đại diện} các $xa.',
  'Hội nghị được kết nối trực tuyến tới {điểm cầu|điểm cầu tại} các $xa.',
  'Đại biểu dự họp là {thủ trưởng|người đứng đầu} các cơ quan chuyên môn{ và các tổ chức đoàn thể|} của $u.',
];

/** The report's presenter: $pr is `đồng chí Name, Title`. */
export const PRESENTER = [
  '$Pr trình bày báo cáo {kết quả|tóm tắt kết quả} $field $P.',
  'Báo cáo {đánh giá|tổng hợp} kết quả $field $P do $pr trình bày.',
  'Thay mặt {cơ quan thường trực|bộ phận tham mưu}, $pr báo cáo {kết quả|tình hình} $field $P.',
  'Theo báo cáo do $pr trình bày tại {hội nghị|cuộc họp}, $P{ công tác $field có nhiều chuyển biến| các chỉ tiêu chủ yếu cơ bản bám sát kế hoạch}.',
];

/** The meeting place: $venue. */
export const VENUE_SENTENCES = [
  '{Hội nghị|Cuộc họp} được tổ chức tại $venue.',
  'Địa điểm {tổ chức|diễn ra} {hội nghị|cuộc họp} là $venue.',
];

/** Venues (templates). */
export const VENUES = [
  'Hội trường UBND $u',
  'Hội trường $C',
  'phòng họp trực tuyến UBND $u',
  'Trung tâm Chính trị $u',
  'Trung tâm Văn hóa $u',
  'Nhà văn hóa {trung tâm|} $u',
];

/** Limitation openers; the clauses follow, joined with ';'. */
export const LIMITATION_OPENERS = [
  'Tuy nhiên, còn một số hạn chế:',
  'Tuy nhiên, vẫn còn những tồn tại, hạn chế như:',
  'Bên cạnh kết quả {đạt được|nêu trên}, {hội nghị|báo cáo} cũng chỉ rõ những khó khăn, hạn chế:',
  'Những hạn chế được chỉ ra {gồm|là}:',
  'Một số tồn tại cần sớm khắc phục là:',
];

/** Limitations that fit any subject. */
export const LIMITATIONS = [
  'sự phối hợp giữa một số phòng, ban {đôi lúc|có lúc} chưa nhịp nhàng',
  'chế độ báo cáo của {vài|một số} đơn vị còn chậm',
  'một vài chỉ tiêu đạt thấp so với kế hoạch',
  'nguồn lực đầu tư còn hạn hẹp so với nhu cầu',
  'việc triển khai ở {cơ sở|một số $xa} có nơi còn lúng túng',
];

/** Concluding speech: $cc is `đồng chí Name, Title`. */
export const CONCLUDER = [
  'Phát biểu kết luận {hội nghị|cuộc họp}, $cc {ghi nhận|đánh giá cao} {nỗ lực|sự cố gắng} của các {cơ quan, đơn vị|ngành, địa phương}.',
  'Kết luận {hội nghị|cuộc họp}, $cc {nhấn mạnh|lưu ý} một số nội dung trọng tâm.',
  '$Cc phát biểu {chỉ đạo và kết luận|kết luận} {hội nghị|cuộc họp}.',
  'Trong phần kết luận, $cc {yêu cầu|đề nghị} các {cơ quan, đơn vị|ngành, địa phương} {thẳng thắn nhìn nhận|nghiêm túc khắc phục} những hạn chế đã nêu.',
];

/** Task leads; the clauses follow, joined with ';'. */
export const TASK_LEADS = [
  'Về nhiệm vụ $Pn, {hội nghị|cuộc họp} thống nhất tập trung vào các nội dung:',
  'Nhiệm vụ {trọng tâm|chủ yếu} trong $Pn gồm:',
  'Thời gian tới, các {cơ quan, đơn vị|ngành, địa phương} cần:',
  'Để hoàn thành kế hoạch, {đồng chí|người chủ trì} đề nghị:',
];

/** Deadline sentences: $dtask a task clause, $dl the date. */
export const DEADLINE = [
  'Các đơn vị {liên quan|được giao} phải {hoàn thành|xong} việc $dtask trước ngày $dl.',
  'Thời hạn hoàn thành việc $dtask là ngày $dl.',
  '{Hội nghị|Người chủ trì} giao {hạn chót|thời hạn} đến ngày $dl để $dtask.',
];

/** Tasks a deadline is set for. */
export const DEADLINE_TASKS = [
  'gửi báo cáo {sơ kết|đánh giá} về cơ quan thường trực',
  'rà soát, cập nhật số liệu {cuối kỳ|của từng đơn vị}',
  'hoàn thiện hồ sơ {trình cấp có thẩm quyền|đề nghị phê duyệt}',
  'nộp kế hoạch {chi tiết|năm $y1} của từng đơn vị',
];

/** Decisions: $dec a noun phrase. */
export const DECISIONS = [
  '{Hội nghị|Cuộc họp} đã biểu quyết thông qua $dec.',
  'Các đại biểu {nhất trí|thống nhất} thông qua $dec.',
  '{Tại hội nghị|Dịp này}, $org đã quyết định ban hành $dec.',
  '$Dec đã được {hội nghị|các đại biểu} thông qua với sự đồng thuận cao.',
];

/** General filler without numbers; at least as many as an article might need. */
export const FILLER = [
  'Các {cơ quan, đơn vị|ngành, địa phương} đã bám sát kế hoạch{ đề ra| năm $y}, triển khai nhiệm vụ {đúng tiến độ|khá đồng bộ}.',
  'Sự chỉ đạo, điều hành của {cấp ủy, chính quyền|các cấp} {có trọng tâm, trọng điểm|kịp thời, sát thực tế}.',
  'Tình hình an ninh, trật tự trên địa bàn {cơ bản ổn định|được giữ vững}.',
  'Đời sống vật chất, tinh thần của {người dân|nhân dân} {từng bước được cải thiện|tiếp tục được nâng lên}.',
  'Nhiều mô hình {mới, cách làm hay|hiệu quả} ở cơ sở được {ghi nhận|nhân rộng}.',
  'Công tác {thông tin, tuyên truyền|phổ biến chính sách} được thực hiện {thường xuyên|bằng nhiều hình thức}.',
  'Các $xa đã chủ động {rà soát|đánh giá} kết quả, đề xuất giải pháp cho {thời gian tới|$Pn}.',
  'Kỷ luật, kỷ cương hành chính {được siết chặt|tiếp tục được tăng cường}.',
  'Việc giải quyết {thủ tục hành chính|kiến nghị của công dân} {cơ bản đúng hạn|được quan tâm}.',
  'Các chế độ, chính sách {đối với người có công|an sinh xã hội} được {thực hiện đầy đủ|chi trả kịp thời}.',
  'Phong trào thi đua {yêu nước|lao động sản xuất} {lan tỏa rộng|được duy trì sôi nổi} trong các tầng lớp nhân dân.',
  'Công tác quốc phòng địa phương {bảo đảm|hoàn thành} {các chỉ tiêu trên giao|kế hoạch năm}.',
  'Hoạt động {văn hóa, văn nghệ|thể dục, thể thao} {diễn ra sôi nổi|thu hút đông người tham gia}.',
  'Môi trường {đầu tư, kinh doanh|sản xuất} {tiếp tục được cải thiện|có bước chuyển biến}.',
  'Công tác {phòng, chống thiên tai|phòng cháy, chữa cháy} được {chủ động triển khai|chuẩn bị chu đáo}.',
  'Nhiều {ý kiến tham luận|đại biểu} đã {làm rõ nguyên nhân của hạn chế|đề xuất giải pháp cụ thể}.',
  'Các {đại biểu|thành viên} đã {trao đổi thẳng thắn|thảo luận sôi nổi} về những {vướng mắc|khó khăn} ở cơ sở.',
  'Sự phối hợp giữa {chính quyền và Mặt trận|các cơ quan chuyên môn} {ngày càng chặt chẽ|được tăng cường}.',
  'Một số {công trình|dự án} trọng điểm được {đẩy nhanh tiến độ|tập trung chỉ đạo}.',
  'Việc {ứng dụng công nghệ|số hóa tài liệu} trong {công việc|quản lý} được {mở rộng|đẩy mạnh}.',
  'Ý thức {chấp hành pháp luật|tham gia xây dựng quê hương} của người dân {nâng lên rõ|có chuyển biến tốt}.',
  'Các chương trình {hỗ trợ|an sinh} {đến đúng đối tượng|được triển khai công khai}.',
  'Nhìn chung, {các nhiệm vụ|kế hoạch} $P {cơ bản hoàn thành|đạt yêu cầu đề ra}.',
  'Nguồn lực {xã hội hóa|của doanh nghiệp} được {huy động|kêu gọi} {tích cực|hiệu quả}.',
  'Các cơ quan {tham mưu|chuyên môn} {kịp thời đề xuất|chủ động tham mưu} {giải pháp|phương án} {tháo gỡ|xử lý} khó khăn.',
  '{Công tác cán bộ|Công tác tổ chức} {được thực hiện đúng quy trình|bảo đảm dân chủ, khách quan}.',
  'Việc {thực hành tiết kiệm|chống lãng phí} {được chú trọng|đi vào nền nếp} trong {cơ quan, đơn vị|chi tiêu công}.',
  'Nhiều {khó khăn, vướng mắc|kiến nghị} của {cơ sở|người dân} đã được {tháo gỡ|giải quyết} {kịp thời|dứt điểm}.',
];

/** What the concluding speaker praises. */
export const PRAISE = [
  '{Đồng chí|Người kết luận} {ghi nhận|biểu dương} {tinh thần trách nhiệm|sự nỗ lực} của {tập thể|các thành viên} và {các $xa|các cơ quan}.',
  '{Theo|Đánh giá của} đồng chí, {kết quả|thành tích} $P {là đáng ghi nhận|tạo tiền đề cho $Pn}.',
];
