/**
 * Sentence pools without numbers: openings, attendance, limitations, tasks and general filler.
 * Templates use `{a|b}` alternatives and `$vars` (see template.ts). Variables available everywhere:
 * $C committee (`Huyện ủy`), $u unit (`huyện`), $name, $place, $prov, $xa (lower tier), $db
 * (`Đảng bộ huyện`), $cm1–$cm3 (communes), $y (year), $y1 (next year), $Pn (next period).
 */

/** Who attended, after the chair sentence. */
export const ATTENDANCE = [
  'Dự hội nghị có các đồng chí Ủy viên Ban Thường vụ $C; lãnh đạo các ban xây dựng Đảng, Văn phòng $C, Ủy ban Kiểm tra $C, Trung tâm Chính trị $u, Ủy ban MTTQ và các tổ chức chính trị - xã hội $u.',
  'Dự hội nghị có các đồng chí trong Ban Thường vụ $C, trưởng các ban, ngành, đoàn thể cấp $u.',
  'Tham dự hội nghị có các đồng chí Ủy viên Ban Thường vụ $C, lãnh đạo các ban, ngành, đoàn thể $u và bí thư, chủ tịch UBND các $xa.',
  '{Cùng dự|Tham dự} có lãnh đạo Văn phòng $C, các ban xây dựng Đảng, Ủy ban Kiểm tra $C, Trung tâm Chính trị $u.',
  'Dự hội nghị có các đồng chí Ủy viên Ban Chấp hành Đảng bộ $u; lãnh đạo các cơ quan, ban, ngành, đoàn thể của $u; bí thư đảng ủy các $xa.',
  'Tham dự có các đồng chí trong Thường trực $C, Ban Thường vụ $C, lãnh đạo các cơ quan khối Đảng, khối chính quyền, Mặt trận và các đoàn thể $u.',
  'Dự hội nghị có các đồng chí Thường trực $C, Ủy viên Ban Thường vụ $C, lãnh đạo các cơ quan, đơn vị và bí thư đảng ủy các $xa.',
];

/** Opening of the results section. */
export const RESULTS_INTRO = [
  '{Theo báo cáo|Báo cáo tại hội nghị cho thấy|Báo cáo tại hội nghị nêu rõ}, $Pcap, {tình hình kinh tế - xã hội của $u tiếp tục {ổn định và phát triển|phát triển ổn định|có nhiều chuyển biến tích cực}|các cấp, các ngành đã bám sát nghị quyết, chương trình công tác để triển khai nhiệm vụ}.',
  '$Pcap, {mặc dù còn nhiều khó khăn|trong bối cảnh còn không ít khó khăn, thách thức}, song dưới sự lãnh đạo, chỉ đạo {sát sao|quyết liệt} của Ban Thường vụ $C, {các chỉ tiêu kinh tế - xã hội chủ yếu đều đạt và vượt tiến độ đề ra|kinh tế của $u tiếp tục duy trì mức tăng trưởng khá}.',
  '$Pcap, các cơ quan tham mưu, giúp việc $C đã bám sát chương trình công tác toàn khóa, chương trình công tác năm của Ban Chấp hành Đảng bộ $u, chủ động tham mưu triển khai thực hiện các nhiệm vụ được giao.',
  '$Pcap, các cơ quan Khối Đảng đã {tập trung|chủ động} tham mưu cho Ban Thường vụ $C lãnh đạo, chỉ đạo thực hiện {đồng bộ|toàn diện} các nhiệm vụ chính trị {và đạt được nhiều kết quả quan trọng|}.',
];

/** Limitations; three or four are joined after an opener. */
export const LIMITATION_OPENERS = [
  'Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như:',
  'Tuy nhiên, hội nghị cũng thẳng thắn chỉ ra một số tồn tại:',
  'Hội nghị cũng chỉ ra những hạn chế:',
  'Bên cạnh đó, {vẫn còn|còn} một số hạn chế, tồn tại như:',
  'Các đại biểu đã thảo luận, chỉ ra một số khó khăn, hạn chế cần khắc phục:',
  'Hội nghị cũng chỉ ra một số khó khăn như:',
];

export const LIMITATIONS = [
  'công tác phát triển đảng viên ở một số chi bộ {thôn|bản|khu dân cư} còn chậm',
  'việc nắm bắt dư luận xã hội có lúc chưa kịp thời',
  'một số văn bản tham mưu còn chậm so với yêu cầu',
  'tiến độ thực hiện một số công trình xây dựng cơ bản còn chậm',
  'công tác bồi thường, giải phóng mặt bằng tại một số dự án còn vướng mắc',
  'tỷ lệ giải ngân vốn các chương trình mục tiêu quốc gia còn thấp',
  'việc thực hiện chế độ thông tin, báo cáo của một số đơn vị chưa kịp thời',
  'chất lượng sinh hoạt chi bộ ở một số nơi chưa cao, nội dung sinh hoạt còn đơn điệu',
  'một số chi bộ chưa chú trọng đổi mới nội dung sinh hoạt',
  'tình trạng khai thác khoáng sản trái phép tại một số xã vẫn còn xảy ra',
  'công tác quản lý đất đai, trật tự xây dựng ở một số {xã|phường|địa phương} còn buông lỏng',
  'thu ngân sách từ đất đạt thấp so với dự toán',
  'công tác kiểm tra, giám sát ở một số tổ chức cơ sở đảng chưa thường xuyên',
  'việc cụ thể hóa các nghị quyết của cấp trên ở một số đơn vị còn chung chung',
  'công tác phối hợp giữa một số cơ quan tham mưu chưa chặt chẽ',
  'vai trò nêu gương của một bộ phận cán bộ, đảng viên chưa thật sự rõ nét',
  'việc phát hiện, bồi dưỡng nguồn kết nạp đảng viên ở {các thôn vùng cao|vùng đồng bào dân tộc thiểu số|khu vực doanh nghiệp ngoài nhà nước} còn khó khăn',
  'chất lượng một số đề án, kế hoạch chưa cao, tính khả thi chưa lớn',
  'tình trạng vi phạm hành lang an toàn giao thông vẫn còn diễn ra',
  'công tác vệ sinh môi trường nông thôn, thu gom rác thải ở một số nơi chưa được quan tâm đúng mức',
  'sản xuất nông nghiệp còn nhỏ lẻ, liên kết tiêu thụ sản phẩm chưa bền vững',
  'giá vật tư nông nghiệp tăng cao ảnh hưởng đến sản xuất của người dân',
  'nguồn nhân lực chuyên trách về công nghệ thông tin ở cấp xã còn thiếu',
  'việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính ở cấp xã còn chậm',
  'tình hình an ninh trật tự ở một số địa bàn còn tiềm ẩn yếu tố phức tạp',
  'tranh chấp, khiếu kiện liên quan đến đất đai vẫn còn xảy ra',
  'đời sống của một bộ phận người dân còn khó khăn, nguy cơ tái nghèo cao',
  'công tác cải cách hành chính có mặt chưa đáp ứng yêu cầu',
  'một số cơ sở dữ liệu chuyên ngành chưa được kết nối, chia sẻ',
  'cơ sở vật chất một số trường học còn thiếu, xuống cấp',
  'tình trạng thiếu giáo viên ở một số cấp học chưa được khắc phục',
  'việc quản lý, sử dụng nhà văn hóa thôn, tổ dân phố ở một số nơi chưa hiệu quả',
  'hoạt động của một số hợp tác xã còn hình thức, hiệu quả thấp',
  'công tác dân vận chính quyền ở một số cơ quan chưa được quan tâm đúng mức',
  'một số cấp ủy chưa quyết liệt trong chỉ đạo khắc phục hạn chế sau kiểm tra, giám sát',
];

/** Openers of the chair's concluding paragraph; $chairRef names the chair. */
export const CONCLUSION_OPENERS = [
  'Phát biểu kết luận hội nghị, $chairRef {ghi nhận, biểu dương những kết quả mà $praised đã đạt được|đánh giá cao những kết quả đạt được của $praised trong thời gian qua|ghi nhận sự cố gắng, nỗ lực của $praised}.',
  'Kết luận hội nghị, $chairRef {ghi nhận, biểu dương những kết quả mà $praised đã đạt được|biểu dương tinh thần trách nhiệm của $praised}.',
  'Phát biểu chỉ đạo hội nghị, $chairRef {đánh giá cao những kết quả đạt được|ghi nhận những kết quả tích cực} {$Ps|trong thời gian qua}, đồng thời {thẳng thắn chỉ ra|phân tích rõ} những hạn chế cần sớm khắc phục.',
  'Sau khi nghe các ý kiến thảo luận, $chairRef {nhấn mạnh|khẳng định}: những kết quả đạt được {$Ps|trong thời gian qua} có sự đóng góp quan trọng của $praised.',
  'Phát biểu bế mạc hội nghị, $chairRef {đề nghị|yêu cầu} các cấp ủy, tổ chức đảng {tiếp tục phát huy những kết quả đã đạt được|nghiêm túc rút kinh nghiệm những hạn chế đã được chỉ ra}.',
];

export const PRAISED = [
  'các cơ quan khối Đảng, đoàn thể',
  'các cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể',
  'các cơ quan tham mưu, giúp việc $C',
  'các ban, ngành, đoàn thể $u',
  'Đảng bộ, chính quyền và nhân dân các dân tộc trong $u',
];

export const TASK_LEADS = [
  'Để hoàn thành thắng lợi nhiệm vụ năm $yTask, đồng chí đề nghị {các cơ quan|các cấp ủy, chính quyền} tập trung thực hiện tốt một số nhiệm vụ trọng tâm:',
  'Đồng chí đề nghị {các cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể|các cơ quan, đơn vị} {tập trung khắc phục những tồn tại, hạn chế|tiếp tục bám sát chương trình công tác}; {trong đó|cụ thể}:',
  'Đồng chí yêu cầu {các cấp ủy, tổ chức đảng, chính quyền|các cơ quan, đơn vị, các $xa} tập trung thực hiện {quyết liệt|đồng bộ} các nhiệm vụ, giải pháp {$Pn|trong thời gian tới}:',
  'Trong thời gian tới, đồng chí đề nghị {các cơ quan khối Đảng, đoàn thể|các ngành, các địa phương} {tiếp tục nâng cao chất lượng tham mưu|nêu cao tinh thần trách nhiệm}, tập trung vào một số nội dung:',
];

/** General tasks (clauses, joined with ';'). */
export const TASKS = [
  'tiếp tục đổi mới phương thức tham mưu, nâng cao chất lượng, hiệu quả công tác',
  'tập trung cụ thể hóa nghị quyết của cấp trên thành các đề án, kế hoạch sát với thực tiễn',
  'chủ động nắm bắt tình hình tư tưởng của cán bộ, đảng viên và nhân dân, kịp thời định hướng dư luận xã hội',
  'thực hiện nghiêm chế độ thông tin, báo cáo; bảo đảm an toàn cơ quan, giữ gìn bí mật nhà nước',
  'đẩy nhanh tiến độ giải ngân vốn đầu tư công và vốn các chương trình mục tiêu quốc gia',
  'chỉ đạo quyết liệt công tác thu ngân sách, phấn đấu hoàn thành vượt dự toán được giao',
  'tăng cường kiểm tra, đôn đốc các nhà thầu bảo đảm tiến độ, chất lượng công trình',
  'chủ động phương án phòng, chống thiên tai, bảo đảm an toàn cho nhân dân trong mùa mưa lũ',
  'rà soát nguồn quần chúng ưu tú để hoàn thành chỉ tiêu kết nạp đảng viên',
  'chuẩn bị tốt công tác kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên cuối năm',
  'tăng cường công tác quản lý đất đai, trật tự xây dựng, xử lý nghiêm các trường hợp vi phạm',
  'nâng cao chất lượng sinh hoạt chi bộ, nhất là sinh hoạt chuyên đề',
  'đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị',
  'tiếp tục thực hiện hiệu quả công tác cải cách hành chính, nâng cao chỉ số hài lòng của người dân',
  'quan tâm chăm lo đời sống của nhân dân, nhất là các gia đình chính sách, hộ nghèo',
  'giữ vững an ninh chính trị, trật tự an toàn xã hội trên địa bàn',
  'làm tốt công tác tuyên truyền, vận động nhân dân thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước',
  'đẩy mạnh chuyển đổi số trong hoạt động của các cơ quan Đảng, chính quyền',
  'tập trung chỉ đạo sản xuất nông nghiệp đúng khung thời vụ, chủ động phòng trừ sâu bệnh',
  'nâng cao chất lượng hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội',
  'thực hiện tốt công tác dân vận, quy chế dân chủ ở cơ sở',
  'kiện toàn, củng cố tổ chức bộ máy, sắp xếp đội ngũ cán bộ bảo đảm đúng quy định',
  'tăng cường công tác phòng, chống tham nhũng, tiêu cực, lãng phí',
  'thực hiện tốt công tác tiếp công dân, giải quyết kịp thời đơn thư khiếu nại, tố cáo',
  'huy động các nguồn lực xây dựng nông thôn mới, đô thị văn minh',
  'tổ chức các hoạt động kỷ niệm các ngày lễ lớn thiết thực, tiết kiệm',
  'chủ động xây dựng chương trình, kế hoạch công tác sát với tình hình thực tế của từng đơn vị',
  'tăng cường đoàn kết, thống nhất trong cấp ủy, tổ chức đảng và cơ quan, đơn vị',
  'quan tâm phát triển đảng viên là người dân tộc thiểu số, đoàn viên thanh niên',
  'nâng cao hiệu quả công tác quản lý, bảo vệ rừng, phòng cháy, chữa cháy rừng',
];

/** Tasks that fit any steering committee (no Party-building specifics). */
export const GENERIC_TASKS = [
  'thực hiện nghiêm chế độ thông tin, báo cáo định kỳ và đột xuất',
  'tăng cường phối hợp giữa các cơ quan thành viên trong triển khai nhiệm vụ',
  'kịp thời tham mưu xử lý các vấn đề mới phát sinh, không để bị động, bất ngờ',
  'làm tốt công tác tuyên truyền, vận động nhân dân thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước',
  'chủ động xây dựng chương trình, kế hoạch công tác sát với tình hình thực tế của từng đơn vị',
  'đẩy mạnh ứng dụng công nghệ thông tin trong theo dõi, đánh giá kết quả thực hiện nhiệm vụ',
  'phân công rõ trách nhiệm của từng thành viên Ban Chỉ đạo phụ trách địa bàn',
  'tổ chức kiểm tra, đôn đốc việc thực hiện ở cơ sở, kịp thời tháo gỡ khó khăn, vướng mắc',
];

/** Who a steering committee's chair praises. */
export const BCD_PRAISED = [
  'các thành viên Ban Chỉ đạo',
  'các cơ quan thành viên Ban Chỉ đạo',
  'các cấp, các ngành và các địa phương',
];

/** Tasks addressed to named departments of the committee. */
export const DEPT_TASKS = [
  'Ban Tổ chức $C {chủ trì|tham mưu} hướng dẫn kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm $yTask',
  'Ban Tổ chức $C tham mưu thực hiện tốt công tác cán bộ, thực hiện quy trình bổ nhiệm, giới thiệu cán bộ ứng cử theo đúng quy định',
  'Ủy ban Kiểm tra $C hoàn thành chương trình kiểm tra, giám sát năm $yTask',
  'Ủy ban Kiểm tra $C tập trung giải quyết dứt điểm đơn thư khiếu nại, tố cáo liên quan đến đảng viên',
  'Ban Tuyên giáo $C làm tốt công tác nắm bắt dư luận xã hội, {định hướng thông tin|chuẩn bị nội dung tổng kết công tác tuyên giáo năm $yTask}',
  'Ban Dân vận $C tiếp tục chỉ đạo phong trào thi đua "Dân vận khéo", gắn với xây dựng nông thôn mới',
  'Văn phòng $C chuẩn bị chu đáo các nội dung phục vụ hội nghị Ban Chấp hành Đảng bộ $u',
  'Trung tâm Chính trị $u phối hợp mở các lớp bồi dưỡng lý luận chính trị theo kế hoạch',
  'UBND $u chỉ đạo quyết liệt công tác thu ngân sách, đẩy nhanh tiến độ giải ngân vốn đầu tư công',
  'các cơ quan chuyên môn tăng cường kiểm tra, đôn đốc tiến độ các công trình trọng điểm',
  'Ủy ban MTTQ và các đoàn thể $u tiếp tục vận động hội viên, đoàn viên tham gia các phong trào thi đua yêu nước',
];

/** Discussion paragraph (optional). */
export const DISCUSSION = [
  'Tại hội nghị, các đại biểu đã tập trung thảo luận, làm rõ nguyên nhân của những hạn chế, {nhất là trong công tác giải phóng mặt bằng, quản lý đất đai|nhất là trong công tác phát triển đảng viên|đồng thời đề xuất nhiều giải pháp thiết thực}.',
  'Các đại biểu dự hội nghị đã thẳng thắn trao đổi, {phân tích những khó khăn, vướng mắc|đóng góp nhiều ý kiến tâm huyết} {và kiến nghị với Ban Thường vụ $C những giải pháp tháo gỡ|để hoàn thiện báo cáo}.',
  'Hội nghị đã dành thời gian thảo luận {và thống nhất nhiều nội dung quan trọng|về các giải pháp thực hiện nhiệm vụ $Pn}; {nhiều ý kiến|ý kiến của các đại biểu} tập trung vào công tác cán bộ, công tác kiểm tra, giám sát và công tác dân vận.',
  'Tại hội nghị, đại diện lãnh đạo một số $xa đã chia sẻ kinh nghiệm trong {xây dựng nông thôn mới|phát triển đảng viên ở khu dân cư|vận động nhân dân hiến đất làm đường}.',
];

/** Filler about party building and the political system. */
export const FILLER_PARTY = [
  'Công tác xây dựng Đảng về chính trị, tư tưởng, đạo đức, tổ chức và cán bộ {tiếp tục được quan tâm, chỉ đạo thường xuyên|được triển khai đồng bộ, toàn diện}.',
  'Các cấp ủy đã chú trọng đổi mới phương thức lãnh đạo, {nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức cơ sở đảng|tăng cường kỷ luật, kỷ cương trong Đảng}.',
  'Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh {được gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị|tiếp tục đi vào chiều sâu, thiết thực}.',
  'Công tác dân vận, hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội {được đổi mới về nội dung, phương thức, hướng mạnh về cơ sở|tiếp tục có nhiều chuyển biến tích cực}.',
  'Chế độ sinh hoạt cấp ủy, sinh hoạt chi bộ được duy trì nền nếp; {nhiều chi bộ đã tổ chức sinh hoạt chuyên đề có chất lượng|nội dung sinh hoạt từng bước được đổi mới}.',
  'Công tác bảo vệ chính trị nội bộ được thực hiện đúng quy định; công tác thẩm định, thẩm tra lý lịch {được tiến hành chặt chẽ|bảo đảm đúng quy trình}.',
  'Các cơ quan tham mưu đã chủ động phối hợp, kịp thời đề xuất với Thường trực, Ban Thường vụ $C những chủ trương, giải pháp {sát với thực tiễn|phù hợp với tình hình địa phương}.',
  'Quy chế làm việc của Ban Chấp hành, Ban Thường vụ $C được thực hiện nghiêm túc, bảo đảm nguyên tắc tập trung dân chủ.',
  'Công tác nắm bắt tình hình tư tưởng của cán bộ, đảng viên và nhân dân được duy trì thường xuyên, nhất là tại các $xa {có đông đồng bào dân tộc thiểu số|vùng sâu, vùng xa|có dự án lớn đang triển khai}.',
  'Phong trào thi đua "Dân vận khéo" tiếp tục được triển khai sâu rộng, {xuất hiện nhiều mô hình hay, cách làm hiệu quả|gắn với thực hiện các nhiệm vụ chính trị của địa phương}.',
  'Công tác tiếp công dân, giải quyết đơn thư khiếu nại, tố cáo được quan tâm, {không để phát sinh điểm nóng|nhiều vụ việc phức tạp được giải quyết dứt điểm}.',
  'Hoạt động của Hội đồng nhân dân các cấp có nhiều đổi mới, {chất lượng các kỳ họp được nâng lên|hoạt động giám sát, chất vấn ngày càng thực chất}.',
  'Công tác phòng, chống tham nhũng, tiêu cực được chỉ đạo quyết liệt; việc kê khai tài sản, thu nhập {được thực hiện đúng quy định|được kiểm soát chặt chẽ}.',
  'Văn phòng $C đã tham mưu tổ chức tốt các hội nghị của Ban Chấp hành, Ban Thường vụ, {bảo đảm công tác hậu cần, phục vụ|bảo đảm an toàn, tiết kiệm}.',
  'Các ban xây dựng Đảng đã chủ động xây dựng chương trình công tác, bám sát nhiệm vụ trọng tâm của $C.',
  'Việc thực hiện quy chế dân chủ ở cơ sở được gắn với công tác cải cách hành chính và {xây dựng chính quyền thân thiện, gần dân|nâng cao chất lượng phục vụ nhân dân}.',
  'Công tác đào tạo, bồi dưỡng cán bộ được quan tâm; nhiều cán bộ trẻ, cán bộ nữ, cán bộ người dân tộc thiểu số {được quy hoạch, bồi dưỡng|được bố trí vào các vị trí phù hợp}.',
  'Mặt trận Tổ quốc và các đoàn thể đã phát huy vai trò giám sát và phản biện xã hội, tham gia góp ý xây dựng Đảng, xây dựng chính quyền.',
  'Ban Thường vụ $C đã phân công các đồng chí cấp ủy viên phụ trách địa bàn, {kịp thời nắm bắt và tháo gỡ khó khăn cho cơ sở|dự sinh hoạt với các chi bộ theo quy định}.',
  'Việc thực hiện Quy định về trách nhiệm nêu gương của cán bộ, đảng viên {được các cấp ủy quan tâm chỉ đạo|tạo sức lan tỏa trong cơ quan, đơn vị}.',
  'Hoạt động của Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, Hội Nông dân và Hội Cựu chiến binh $u có nhiều đổi mới, thu hút đông đảo hội viên tham gia.',
  'Trang thông tin điện tử và các nhóm thông tin trên mạng xã hội của $C tiếp tục phát huy hiệu quả trong công tác tuyên truyền.',
  'Công tác thi đua, khen thưởng được thực hiện {kịp thời, đúng người, đúng việc|công khai, minh bạch}, góp phần động viên cán bộ, đảng viên.',
  'Việc rà soát, bổ sung quy hoạch cán bộ các chức danh lãnh đạo, quản lý {được thực hiện đúng quy trình|bảo đảm tính kế thừa, phát triển}.',
  'Công tác lưu trữ, bảo mật tài liệu và ứng dụng phần mềm quản lý văn bản trong các cơ quan Đảng {được thực hiện nghiêm túc|từng bước hiện đại hóa}.',
  'Các chi bộ thôn, tổ dân phố đã {bám sát nghị quyết của cấp ủy cấp trên|phát huy vai trò hạt nhân chính trị ở khu dân cư}, lãnh đạo nhân dân thực hiện tốt các nhiệm vụ.',
];

/** Filler about the economy, by region. */
export const FILLER_ECON: Record<string, string[]> = {
  mountain: [
    'Các mô hình trồng {quế|chè|cây ăn quả|dược liệu} theo hướng hàng hóa tiếp tục được nhân rộng, từng bước nâng cao thu nhập cho người dân.',
    'Tổng đàn {trâu, bò|gia súc, gia cầm} được duy trì ổn định; công tác phòng, chống dịch bệnh trên đàn vật nuôi được quan tâm.',
    'Du lịch cộng đồng tại các {thôn|bản} có đông đồng bào dân tộc thiểu số từng bước phát triển, thu hút khách tham quan, trải nghiệm.',
    'Công tác quản lý, bảo vệ rừng được tăng cường, không để xảy ra cháy rừng lớn.',
    'Chương trình OCOP được triển khai hiệu quả, nhiều sản phẩm đặc trưng của $u được công nhận đạt 3 sao trở lên.',
    'Hạ tầng giao thông nông thôn tiếp tục được đầu tư, nhiều tuyến đường đến trung tâm các xã vùng cao được cứng hóa.',
  ],
  delta: [
    'Sản xuất nông nghiệp tiếp tục chuyển dịch theo hướng tập trung, ứng dụng cơ giới hóa ở hầu hết các khâu.',
    'Các cụm công nghiệp trên địa bàn duy trì sản xuất ổn định, bảo đảm việc làm cho người lao động.',
    'Phong trào xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu tiếp tục được các $xa hưởng ứng.',
    'Các làng nghề truyền thống được khôi phục và phát triển, góp phần tạo việc làm cho lao động nông thôn.',
    'Công tác dồn điền, đổi thửa, chỉnh trang đồng ruộng được triển khai đồng bộ, tạo thuận lợi cho cơ giới hóa.',
    'Hoạt động thương mại, dịch vụ từng bước phục hồi, thị trường hàng hóa ổn định.',
  ],
  central: [
    'Hoạt động khai thác hải sản xa bờ được duy trì; công tác chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU) được tăng cường.',
    'Ngành du lịch từng bước khởi sắc, các cơ sở lưu trú trên địa bàn đón lượng khách tăng so với cùng kỳ.',
    'Công tác khắc phục hậu quả mưa lũ, khôi phục sản xuất được triển khai kịp thời.',
    'Các công trình hạ tầng trọng điểm, nhất là đường ven biển và hệ thống thủy lợi tiếp tục được đầu tư.',
    'Sản xuất vụ Đông Xuân và Hè Thu cơ bản thắng lợi, năng suất lúa ổn định.',
    'Hoạt động thương mại, dịch vụ sôi động trở lại, thu hút nhiều doanh nghiệp đến đầu tư.',
  ],
  highlands: [
    'Diện tích cây công nghiệp dài ngày như cà phê, hồ tiêu, cao su được duy trì; nhiều hộ đã chuyển đổi sang trồng sầu riêng, chanh dây.',
    'Công tác hỗ trợ đồng bào dân tộc thiểu số phát triển sản xuất, ổn định đời sống được quan tâm.',
    'Các chương trình tái canh cà phê, chuyển đổi cơ cấu cây trồng trên diện tích kém hiệu quả được triển khai tích cực.',
    'Công tác quản lý, bảo vệ rừng được tăng cường; các vụ phá rừng, lấn chiếm đất rừng được xử lý kịp thời.',
    'Mô hình liên kết sản xuất gắn với tiêu thụ sản phẩm theo chuỗi giá trị tiếp tục được nhân rộng.',
  ],
  southeast: [
    'Các khu, cụm công nghiệp trên địa bàn thu hút thêm nhiều dự án mới; hoạt động sản xuất của doanh nghiệp từng bước phục hồi.',
    'Công tác bồi thường, giải phóng mặt bằng các dự án giao thông trọng điểm được tập trung chỉ đạo.',
    'Hoạt động thương mại, dịch vụ phát triển, tổng mức bán lẻ hàng hóa tăng so với cùng kỳ.',
    'Công tác chỉnh trang đô thị, phát triển hạ tầng kỹ thuật được quan tâm đầu tư.',
    'Sản xuất nông nghiệp chuyển dịch theo hướng ứng dụng công nghệ cao; diện tích cây ăn trái tiếp tục tăng.',
  ],
  mekong: [
    'Mô hình sản xuất lúa chất lượng cao gắn với liên kết tiêu thụ tiếp tục được nhân rộng.',
    'Các địa phương chủ động phương án phòng, chống hạn mặn, bảo đảm nước tưới cho sản xuất và nước sinh hoạt cho người dân.',
    'Công tác phòng, chống sạt lở bờ sông, bờ biển được quan tâm; các điểm sạt lở nguy hiểm được cắm biển cảnh báo.',
    'Diện tích nuôi tôm ứng dụng công nghệ cao tiếp tục tăng, mang lại hiệu quả kinh tế cao.',
    'Việc chuyển đổi đất trồng lúa kém hiệu quả sang trồng cây ăn trái, nuôi thủy sản được thực hiện theo quy hoạch.',
    'Chương trình OCOP được triển khai hiệu quả, nhiều sản phẩm đặc sản của địa phương có chỗ đứng trên thị trường.',
  ],
};

/** Filler about society, culture, defence and administration. */
export const FILLER_SOCIAL = [
  '{Công tác giáo dục, y tế, văn hóa - xã hội có nhiều chuyển biến|Các lĩnh vực văn hóa - xã hội tiếp tục được quan tâm}; {an ninh chính trị, trật tự an toàn xã hội được giữ vững|quốc phòng - an ninh được bảo đảm}.',
  'Các chế độ, chính sách đối với người có công, đối tượng bảo trợ xã hội được {chi trả đầy đủ, kịp thời|thực hiện đúng quy định, không để sai sót}.',
  'Công tác quân sự địa phương được triển khai đúng kế hoạch; {lực lượng dân quân tự vệ được huấn luyện theo quy định|công tác tuyển quân bảo đảm chỉ tiêu, chất lượng}.',
  'Công tác cải cách hành chính được đẩy mạnh, bộ phận một cửa các cấp {tiếp nhận và giải quyết hồ sơ đúng hạn|giải quyết thủ tục hành chính kịp thời cho người dân, doanh nghiệp}.',
  'Các hoạt động văn hóa, văn nghệ, thể dục thể thao được tổ chức sôi nổi, {chào mừng các ngày lễ lớn của đất nước|thu hút đông đảo nhân dân tham gia}.',
  'Chất lượng giáo dục {toàn diện|mũi nhọn} tiếp tục được nâng lên; cơ sở vật chất trường lớp được quan tâm đầu tư.',
  'Công tác chăm sóc sức khỏe nhân dân được chú trọng, {không để dịch bệnh lớn xảy ra trên địa bàn|các trạm y tế xã duy trì tốt việc khám, chữa bệnh ban đầu}.',
  'Phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" tiếp tục được triển khai sâu rộng ở các {khu dân cư|thôn, tổ dân phố}.',
  'Lực lượng công an đã tăng cường tuần tra, kiểm soát, {kiềm chế tai nạn giao thông trên cả ba tiêu chí|xử lý nghiêm các trường hợp vi phạm trật tự an toàn giao thông}.',
  'Công tác giải quyết việc làm, đào tạo nghề cho lao động nông thôn được {quan tâm thực hiện|triển khai gắn với nhu cầu của doanh nghiệp}.',
  'Việc ứng dụng công nghệ thông tin trong hoạt động của các cơ quan Đảng, chính quyền {tiếp tục được đẩy mạnh|từng bước đi vào nền nếp}.',
  'Các chương trình an sinh xã hội được triển khai kịp thời, đúng đối tượng, {góp phần ổn định đời sống nhân dân|không để người dân nào bị bỏ lại phía sau}.',
  'Phong trào toàn dân bảo vệ an ninh Tổ quốc được phát động rộng khắp, {nhiều mô hình tự quản về an ninh trật tự hoạt động hiệu quả|quần chúng nhân dân tích cực cung cấp thông tin tố giác tội phạm}.',
  'Công tác quản lý tài nguyên, môi trường được tăng cường; việc thu gom, xử lý rác thải sinh hoạt {từng bước được cải thiện|được các $xa quan tâm thực hiện}.',
  'Công tác dân số, kế hoạch hóa gia đình và chăm sóc sức khỏe bà mẹ, trẻ em được {duy trì|thực hiện tốt}.',
  'Hoạt động của các thiết chế văn hóa cơ sở được {duy trì|phát huy hiệu quả}; nhiều lễ hội truyền thống được bảo tồn và phát huy giá trị.',
  'Công tác bảo tồn, phát huy giá trị di sản văn hóa của đồng bào các dân tộc được quan tâm{, nhiều câu lạc bộ văn nghệ dân gian được thành lập|}.',
  'Việc thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế {được mở rộng|tiếp tục được quan tâm}; tình trạng nợ đóng bảo hiểm xã hội từng bước được khắc phục.',
  'Công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ được {tăng cường|quan tâm chỉ đạo}, không để xảy ra cháy nổ lớn.',
  'Công tác phổ biến, giáo dục pháp luật {được đổi mới về hình thức|được triển khai thường xuyên}, nhất là ở vùng sâu, vùng xa.',
  'Hoạt động khuyến học, khuyến tài tiếp tục phát triển; {nhiều dòng họ, gia đình được công nhận danh hiệu học tập tiêu biểu|quỹ khuyến học các cấp được duy trì}.',
  'Công tác chăm lo cho trẻ em có hoàn cảnh đặc biệt, người cao tuổi, người khuyết tật được {các cấp, các ngành quan tâm|thực hiện chu đáo}.',
];

/** Topical sentences tied to the year, for realism ($y is the report year). */
export const FILLER_ERA: Record<number, string[]> = {
  2019: [
    'Công tác chuẩn bị đại hội đảng bộ cơ sở tiến tới Đại hội Đảng bộ $u nhiệm kỳ 2020 - 2025 được triển khai chu đáo, đúng hướng dẫn.',
    'Các cấp ủy đã tổ chức tổng kết 10 năm thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới.',
  ],
  2020: [
    'Dịch Covid-19 diễn biến phức tạp, các cấp ủy, chính quyền đã triển khai quyết liệt các biện pháp phòng, chống dịch, không để dịch lây lan trong cộng đồng.',
    'Đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025 được tổ chức thành công, bảo đảm đúng tiến độ, chất lượng.',
  ],
  2021: [
    'Cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026 trên địa bàn diễn ra thành công tốt đẹp.',
    'Việc học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng được tổ chức bằng hình thức trực tuyến kết hợp trực tiếp.',
    'Công tác phòng, chống dịch Covid-19 được thực hiện theo tinh thần "thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch bệnh".',
  ],
  2022: [
    'Các cấp ủy đã tổ chức học tập, quán triệt Nghị quyết Hội nghị Trung ương 5 khóa XIII nghiêm túc, đúng kế hoạch.',
    'Công tác chuẩn bị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ $u nhiệm kỳ 2020 - 2025 được triển khai chu đáo.',
    'Kinh tế từng bước phục hồi sau dịch Covid-19; các hoạt động sản xuất, kinh doanh trở lại trạng thái bình thường mới.',
  ],
  2023: [
    'Việc học tập, quán triệt Nghị quyết Hội nghị Trung ương 6 khóa XIII được tổ chức nghiêm túc, bảo đảm chất lượng.',
    'Luật Thực hiện dân chủ ở cơ sở được tuyên truyền, phổ biến rộng rãi đến cán bộ, đảng viên và nhân dân.',
    'Các cấp ủy tiếp tục thực hiện Kết luận 21-KL/TW của Hội nghị Trung ương 4 khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng.',
  ],
  2024: [
    'Các cấp ủy đã tập trung chuẩn bị các điều kiện tiến tới đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030.',
    'Các hoạt động kỷ niệm 70 năm Chiến thắng Điện Biên Phủ được tổ chức trang trọng, thiết thực.',
    'Công tác sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025 được triển khai theo đúng lộ trình.',
  ],
};

/** Closing paragraphs after the conclusion (optional). */
export const CLOSINGS = [
  'Hội nghị đã thống nhất thông qua {Kế hoạch|Chương trình công tác} $Pn.',
  'Dịp này, hội nghị đã biểu quyết thông qua {Nghị quyết chuyên đề về phát triển du lịch cộng đồng|Nghị quyết chuyên đề về xây dựng nông thôn mới|Kế hoạch kiểm tra, giám sát|Quy chế làm việc sửa đổi} của $C.',
];
