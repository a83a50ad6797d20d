"""Builds questions.jsonl and groups.jsonl of the robustness set from the fact table below.

Run once: python3 eval/robustness/tools/build.py. The output is frozen; this script only
documents how each variant list was made (number, date and unaccented variants).
"""
import json, unicodedata, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from evalkit import D, MONTHS, N, NO, S, YES, strip  # noqa: E402  (shared with the other set)

# gid, type, docs, modes, [formal, chat, en], must
F = []


def f(gid, typ, docs, modes, qs, must):
    F.append((gid, typ, [S[d] for d in docs], modes, qs, must))


# ---------------- 300 Đồng Văn (Hà Giang), giao ban 9 tháng 2023, 28/9/2023 -------------
f('g01', 'who', ['300'], ['role-presenter', 'place-name-part'], [
    'Ai trình bày báo cáo tại hội nghị giao ban công tác xây dựng Đảng 9 tháng năm 2023 của Huyện ủy Đồng Văn?',
    'hn giao ban 9t 2023 huyen uy dong van ai trinh bay bc v?',
    'Who presented the report at the Dong Van district Party committee 9-month 2023 briefing?'],
  [['Hoàng Thị Ngọc Diệp']])
f('g02', 'who', ['300'], ['role-chair-vs-director'], [
    'Hội nghị giao ban 9 tháng năm 2023 của Huyện ủy Đồng Văn do đồng chí nào chủ trì?',
    'giao ban 9 thang 2023 huyen uy dong van ai chu tri vay',
    'Who chaired the Dong Van district 9-month 2023 Party building briefing?'],
  [['Vàng Thị Dung']])
f('g03', 'who', ['300'], ['role-concluded'], [
    'Ai phát biểu kết luận, chỉ đạo hội nghị giao ban 9 tháng năm 2023 của Huyện ủy Đồng Văn?',
    'ai ket luan hn giao ban 9t/2023 o dong van z',
    'Who gave the concluding remarks at the Dong Van 9-month 2023 briefing?'],
  [['Sùng Mí Chớ']])
f('g04', 'what', ['300'], ['section-limitations'], [
    'Hội nghị giao ban 9 tháng năm 2023 của Huyện ủy Đồng Văn chỉ ra những hạn chế, khó khăn gì?',
    'dong van con nhung han che gi (giao ban 9t 2023)?',
    'What shortcomings did the Dong Van district 9-month 2023 briefing point out?'],
  [['3 thôn'], N('47,3')])
f('g05', 'what', ['300'], ['section-tasks'], [
    'Quý IV/2023, Bí thư Huyện ủy Đồng Văn yêu cầu tập trung những nhiệm vụ gì?',
    'q4/2023 dong van phai lam nhung nhiem vu gi',
    'What tasks did Dong Van set for the fourth quarter of 2023?'],
  [['180'], ['nhà tạm']])
f('g06', 'howmany', ['300'], ['figure-rate'], [
    'Tỷ lệ hộ nghèo của huyện Đồng Văn theo báo cáo giao ban 9 tháng năm 2023 là bao nhiêu?',
    'ty le ho ngheo dong van 9t 2023 bn %',
    'What was the poverty rate of Dong Van district in the 9-month 2023 report?'],
  [N('41,82')])
f('g07', 'howmany', ['300'], ['figure-total-vs-new'], [
    'Đảng bộ huyện Đồng Văn có tổng cộng bao nhiêu đảng viên (theo giao ban 9 tháng năm 2023)?',
    'dang bo huyen dong van co tong bn dang vien',
    'How many Party members does the Dong Van district Party organisation have in total (9-month 2023 briefing)?'],
  [N('4.126')])
f('g08', 'howmany', ['300'], ['figure-target-vs-new'], [
    'Năm 2023, Huyện ủy Đồng Văn phấn đấu kết nạp bao nhiêu đảng viên mới?',
    'dong van phan dau ket nap bn dv moi nam 2023?',
    'How many new Party members did Dong Van aim to admit in 2023?'],
  [['180']])
f('g09', 'howmany', ['300'], ['unit-conversion'], [
    '9 tháng năm 2023, huyện Đồng Văn đón khoảng bao nhiêu nghìn lượt khách du lịch?',
    '9t 2023 dong van don bn nghin luot khach',
    'About how many thousand tourist visits did Dong Van receive in the first 9 months of 2023?'],
  [N('486.300', '486,3')])
f('g10', 'when', ['300'], ['date-deadline'], [
    'Huyện Đồng Văn phải hoàn thành xóa nhà tạm cho hộ nghèo trước ngày nào?',
    'dong van xoa nha tam xong truoc ngay nao',
    'By what date must Dong Van finish removing makeshift houses for poor households?'],
  [D(30, 11, 2023)])
f('g11', 'when', ['300'], ['date-meeting-vs-deadline', 'date-header'], [
    'Huyện ủy Đồng Văn tổ chức hội nghị giao ban công tác xây dựng Đảng 9 tháng năm 2023 vào ngày nào?',
    'hn giao ban 9t 2023 cua huyen uy dong van to chuc ngay nao',
    'On what date did the Dong Van district Party committee hold its 9-month 2023 briefing?'],
  [D(28, 9, 2023)])
f('g12', 'yesno', ['300'], ['yesno', 'role-chair-vs-director'], [
    'Có phải đồng chí Sùng Mí Chớ chủ trì hội nghị giao ban 9 tháng năm 2023 của Huyện ủy Đồng Văn không?',
    'co phai dc sung mi cho chu tri giao ban 9t 2023 dong van ko?',
    'Did Sung Mi Cho chair the Dong Van 9-month 2023 briefing?'],
  [NO, ['Vàng Thị Dung']])
# ---------------- 301 Vị Xuyên, same day ----------------
f('g13', 'howmany', ['301'], ['figure-total-vs-new', 'same-day-district', 'zero-width'], [
    '9 tháng năm 2023, Đảng bộ huyện Vị Xuyên kết nạp được bao nhiêu đảng viên mới?',
    'vi xuyen\u200b 9t 2023 ket nap dc bn dv moi',
    'How many new Party members did Vi Xuyen district admit in the first 9 months of 2023?'],
  [['265']])
f('g14', 'who', ['301'], ['role-presenter', 'same-day-district'], [
    'Ai trình bày báo cáo tại hội nghị giao ban công tác xây dựng Đảng 9 tháng năm 2023 của huyện Vị Xuyên?',
    'ai trinh bay bao cao giao ban 9t 2023 huyen vi xuyen',
    'Who presented the report at the Vi Xuyen 9-month 2023 Party building briefing?'],
  [['Lương Thị Hạnh']])
f('g15', 'what', ['300', '301'], ['compare', 'same-day-district'], [
    '9 tháng năm 2023, huyện nào kết nạp nhiều đảng viên mới hơn: Đồng Văn hay Vị Xuyên?',
    'dong van vs vi xuyen 9t 2023 huyen nao ket nap dv nhieu hon',
    'Which district admitted more new Party members in the first 9 months of 2023, Dong Van or Vi Xuyen?'],
  [['Vị Xuyên'], ['265'], ['138']])
f('g16', 'list', ['300', '301'], ['list', 'same-day-district'], [
    'Ngày 28/9/2023, những huyện nào của tỉnh Hà Giang tổ chức giao ban công tác xây dựng Đảng 9 tháng năm 2023?',
    'ngay 28/9/2023 nhung huyen nao o ha giang giao ban xd dang 9t',
    'Which Ha Giang districts held a 9-month 2023 Party building briefing on 28 September 2023?'],
  [['Đồng Văn'], ['Vị Xuyên']])
f('g17', 'who', ['301'], ['role-chair', 'same-day-district', 'place-en'], [
    'Ai chủ trì hội nghị giao ban 9 tháng năm 2023 của Ban Thường vụ Huyện ủy Vị Xuyên, tỉnh Hà Giang?',
    'btv huyen uy vi xuyen giao ban 9t 2023 ai chu tri',
    'Who chaired the Vi Xuyen district (Ha Giang province) 9-month 2023 briefing?'],
  [['Trần Đức Nghĩa']])
# ---------------- 302 HĐND Hải Lăng (Quảng Trị), kỳ họp 14, 18/7/2023 ----------------
f('g18', 'howmany', ['302'], ['unit-conversion'], [
    'Theo báo cáo tại kỳ họp thứ 14 HĐND huyện Hải Lăng, tổng vốn đầu tư toàn xã hội 6 tháng đầu năm 2023 đạt bao nhiêu nghìn tỷ đồng?',
    'hai lang 6t dau 2023 von dau tu toan xa hoi dc bn nghin ty',
    'How many trillion dong of total social investment did Hai Lang district report for the first half of 2023?'],
  [N('1.250', '1,25')])
f('g19', 'who', ['302'], ['role-presenter'], [
    'Tại kỳ họp thứ 14 HĐND huyện Hải Lăng khóa XII, ai trình bày báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2023?',
    'ky hop thu 14 hdnd hai lang ai trinh bay bc ktxh 6 thang',
    'Who presented the socio-economic report at the 14th session of the Hai Lang district People\'s Council?'],
  [['Trần Quốc Bảo']])
f('g20', 'howmany', ['302'], ['decisions'], [
    'Kỳ họp thứ 14 HĐND huyện Hải Lăng đã biểu quyết thông qua bao nhiêu nghị quyết?',
    'ky hop 14 hdnd h hai lang thong qua bn nghi quyet',
    'How many resolutions did the Hai Lang People\'s Council pass at its 14th session?'],
  [['9 nghị quyết', '9 resolutions']])
f('g21', 'who', ['302'], ['role-directed'], [
    'Ai phát biểu chỉ đạo kỳ họp thứ 14 HĐND huyện Hải Lăng?',
    'ai phat bieu chi dao ky hop 14 hdnd hai lang',
    'Who gave the directing speech at the 14th session of the Hai Lang People\'s Council?'],
  [['Văn Tiến Nhân']])
f('g22', 'when', ['302'], ['date-deadline'], [
    'Huyện Hải Lăng được yêu cầu hoàn thành giải phóng mặt bằng dự án đường ven biển trước ngày nào?',
    'hai lang phai xong gpmb duong ven bien truoc ngay may',
    'By what date was Hai Lang asked to finish site clearance for the coastal road project?'],
  [D(15, 8, 2023)])
f('g23', 'when', ['302'], ['date-meeting-vs-deadline', 'date-header'], [
    'Kỳ họp thứ 14 HĐND huyện Hải Lăng khóa XII khai mạc ngày nào?',
    'ky hop thu 14 hdnd hai lang khai mac hom nao',
    'When did the 14th session of the Hai Lang district People\'s Council open?'],
  [D(18, 7, 2023)])
f('g24', 'howmany', ['302'], ['unit-conversion', 'figure-subject'], [
    'Thu nhập bình quân đầu người của huyện Hải Lăng (báo cáo 6 tháng đầu năm 2023) ước đạt mấy triệu đồng?',
    'thu nhap binh quan dau nguoi hai lang dc may trieu',
    'What was the estimated per-capita income of Hai Lang district, in million dong, in the mid-2023 report?'],
  [N('52,4')])
f('g25', 'what', ['302'], ['section-limitations'], [
    'Báo cáo tại kỳ họp thứ 14 HĐND huyện Hải Lăng nêu những khó khăn, hạn chế nào?',
    'hai lang con kho khan han che gi (ky hop 14)',
    'What difficulties and shortcomings were reported at the Hai Lang 14th session?'],
  [N('38,5'), ['giải phóng mặt bằng']])
f('g26', 'where', ['302'], ['place-district-of-province'], [
    'Kỳ họp thứ 14 HĐND khóa XII họp ngày 18/7/2023 ở tỉnh Quảng Trị là của huyện nào?',
    'quang tri, ky hop thu 14 hdnd khoa XII ngay 18/7/2023 la huyen nao',
    'Which Quang Tri district held the 14th session of its 12th-term People\'s Council on 18 July 2023?'],
  [['Hải Lăng']])
f('g27', 'yesno', ['302'], ['yesno', 'decisions'], [
    'HĐND huyện Hải Lăng có thông qua nghị quyết về chương trình giám sát năm 2024 tại kỳ họp thứ 14 không?',
    'hdnd hai lang co thong qua nq chuong trinh giam sat 2024 ko',
    'Did the Hai Lang People\'s Council pass a resolution on its 2024 supervision programme at the 14th session?'],
  [YES, ['giám sát năm 2024']])
# ---------------- 303/304 Cao Bằng, corrected ----------------
f('g28', 'howmany', ['304'], ['correction', 'figure-total-vs-new'], [
    'Theo hội nghị sơ kết 6 tháng đầu năm 2022, Đảng bộ thành phố Cao Bằng có bao nhiêu đảng viên?',
    'dang bo tp cao bang co bn dang vien (so ket 6t 2022)',
    'How many Party members did the Cao Bang city Party organisation have at the mid-2022 review?'],
  [N('6.482')])
f('g29', 'howmany', ['304'], ['correction', 'figure-total-vs-new'], [
    '6 tháng đầu năm 2022, Đảng bộ thành phố Cao Bằng kết nạp bao nhiêu đảng viên mới?',
    '6t dau 2022 tp cao bang ket nap bn dv moi',
    'How many new Party members did Cao Bang city admit in the first half of 2022?'],
  [['79']])
f('g30', 'howmany', ['304'], ['correction', 'figure-rate'], [
    'Tỷ lệ hộ nghèo của thành phố Cao Bằng theo báo cáo sơ kết 6 tháng đầu năm 2022 là bao nhiêu?',
    'ty le ho ngheo tp cao bang 6t 2022 la bn',
    'What was the poverty rate of Cao Bang city in the mid-2022 review?'],
  [N('1,62')])
f('g31', 'what', ['304'], ['decisions'], [
    'Hội nghị lần thứ 9 Ban Chấp hành Đảng bộ thành phố Cao Bằng đã biểu quyết thông qua những văn bản nào?',
    'hn lan thu 9 bch dang bo tp cao bang bieu quyet thong qua nhung gi',
    'What did the 9th conference of the Cao Bang city Party Executive Committee approve by vote?'],
  [['chỉnh trang đô thị'], ['sinh hoạt chi bộ']])
f('g32', 'who', ['304'], ['role-presenter'], [
    'Ai trình bày báo cáo sơ kết 6 tháng đầu năm 2022 tại hội nghị Ban Chấp hành Đảng bộ thành phố Cao Bằng?',
    'ai trinh bay bc so ket 6t 2022 o hn bch tp cao bang',
    'Who presented the mid-2022 review report to the Cao Bang city Party Executive Committee?'],
  [['Đàm Văn Khiêm']])
f('g33', 'howmany', ['304'], ['figure-target-vs-new'], [
    'Năm 2022, Thành ủy Cao Bằng phấn đấu kết nạp bao nhiêu đảng viên mới?',
    'thanh uy cao bang phan dau ket nap bn dv nam 2022',
    'How many new Party members did Cao Bang city aim to admit in 2022?'],
  [['210']])
f('g34', 'yesno', ['304'], ['yesno', 'correction'], [
    'Có đúng là Đảng bộ thành phố Cao Bằng có 6.842 đảng viên (sơ kết 6 tháng đầu năm 2022) không?',
    'dang bo tp cao bang co 6842 dang vien dung ko?',
    'Is it true that the Cao Bang city Party organisation had 6,842 members at the mid-2022 review?'],
  [NO, N('6.482')])
# ---------------- 305 Tủa Chùa (never names Điện Biên) ----------------
f('g35', 'who', ['305'], ['role-chair', 'place-province-of-district'], [
    'Ai chủ trì hội nghị giao ban 6 tháng đầu năm 2022 của Ban Thường vụ Huyện ủy Tủa Chùa, tỉnh Điện Biên?',
    'dien bien: btv huyen uy tua chua giao ban 6t 2022 ai chu tri',
    'Who chaired the mid-2022 briefing of the Tua Chua district Party Standing Committee in Dien Bien province?'],
  [['Lầu A Chứ']])
f('g36', 'when', ['305'], ['date-deadline'], [
    'Huyện ủy Tủa Chùa yêu cầu hoàn thành rà soát, bổ sung quy hoạch cán bộ nhiệm kỳ 2025 - 2030 trước ngày nào?',
    'tua chua ra soat quy hoach can bo xong truoc ngay nao',
    'By when did Tua Chua have to finish reviewing its 2025-2030 cadre planning?'],
  [D(15, 8, 2022)])
f('g37', 'when', ['305'], ['date-meeting-vs-deadline', 'date-header', 'place-province-of-district'], [
    'Ban Thường vụ Huyện ủy Tủa Chùa (Điện Biên) giao ban 6 tháng đầu năm 2022 vào ngày nào?',
    'btv hu tua chua dien bien giao ban 6t dau 2022 ngay nao',
    'On what date did Tua Chua district (Dien Bien) hold its mid-2022 Party Standing Committee briefing?'],
  [D(4, 7, 2022)])
f('g38', 'howmany', ['305'], ['figure-rate', 'place-province-of-district'], [
    'Tỷ lệ hộ nghèo của huyện Tủa Chùa, tỉnh Điện Biên giữa năm 2022 là bao nhiêu?',
    'ty le ho ngheo tua chua dien bien giua 2022 bn',
    'What was the poverty rate of Tua Chua district, Dien Bien province, in mid-2022?'],
  [N('49,35')])
f('g39', 'howmany', ['305'], ['figure-subject'], [
    '6 tháng đầu năm 2022, huyện Tủa Chùa hỗ trợ bao nhiêu hộ nghèo phát triển sản xuất?',
    'tua chua 6t 2022 ho tro bn ho ngheo phat trien sx',
    'How many poor households did Tua Chua support to develop production in the first half of 2022?'],
  [N('1.018')])
f('g40', 'what', ['305'], ['section-limitations'], [
    'Hội nghị giao ban 6 tháng đầu năm 2022 của Huyện ủy Tủa Chùa chỉ ra những tồn tại, hạn chế gì?',
    'tua chua con ton tai han che gi giao ban 6t 2022',
    'What shortcomings did the Tua Chua mid-2022 briefing identify?'],
  [['cận huyết'], ['giải ngân']])
f('g41', 'what', ['305'], ['role-title'], [
    'Đồng chí Thào A Sình giữ chức vụ gì ở huyện Tủa Chùa?',
    'ong thao a sinh giu chuc gi o tua chua',
    'What position does Thao A Sinh hold in Tua Chua district?'],
  [['Chủ tịch UBND huyện']])
# ---------------- 306 Ngọc Hồi (Kon Tum), hội nghị lần thứ 17, 21/12/2023 ----------------
f('g42', 'what', ['306'], ['decisions'], [
    'Hội nghị lần thứ 17 Ban Chấp hành Đảng bộ huyện Ngọc Hồi đã biểu quyết thông qua những gì?',
    'hn lan 17 bch dang bo huyen ngoc hoi bieu quyet thong qua j',
    'What did the 17th conference of the Ngoc Hoi district Party Executive Committee approve by vote?'],
  [['22'], ['612']])
f('g43', 'who', ['306'], ['role-presenter', 'place-name-part'], [
    'Ai trình bày báo cáo kết quả thực hiện nhiệm vụ chính trị năm 2023 tại hội nghị Ban Chấp hành Đảng bộ huyện Ngọc Hồi?',
    'ai trinh bay bc nam 2023 o hn bch huyen ngoc hoi',
    'Who presented the 2023 report at the Ngoc Hoi district Party Executive Committee conference?'],
  [['A Thút']])
f('g44', 'who', ['306'], ['role-attended'], [
    'Lãnh đạo UBND tỉnh Kon Tum nào dự hội nghị lần thứ 17 Ban Chấp hành Đảng bộ huyện Ngọc Hồi?',
    'lanh dao ubnd tinh kon tum nao du hn lan 17 bch huyen ngoc hoi',
    'Which Kon Tum provincial leader attended the 17th conference of the Ngoc Hoi district Party Executive Committee?'],
  [['Phan Văn Thuận']])
f('g45', 'howmany', ['306'], ['figure-total-vs-new'], [
    'Cuối năm 2023, Đảng bộ huyện Ngọc Hồi có tổng số bao nhiêu đảng viên?',
    'cuoi 2023 dang bo ngoc hoi co tong bn dv',
    'How many Party members did the Ngoc Hoi district Party organisation have in total at the end of 2023?'],
  [N('3.471')])
f('g46', 'howmany', ['306'], ['figure-target-vs-new'], [
    'Năm 2024, Đảng bộ huyện Ngọc Hồi phấn đấu kết nạp bao nhiêu đảng viên mới?',
    'ngoc hoi phan dau ket nap bn dv moi nam 2024',
    'How many new Party members did Ngoc Hoi aim to admit in 2024?'],
  [['160']])
f('g47', 'howmany', ['306'], ['unit-conversion', 'figure-subject'], [
    'Năm 2023, có khoảng bao nhiêu nghìn lượt người xuất, nhập cảnh qua Cửa khẩu quốc tế Bờ Y (huyện Ngọc Hồi)?',
    'nam 2023 qua cua khau bo y co bn nghin luot xuat nhap canh',
    'About how many thousand border crossings passed through Bo Y international border gate in 2023?'],
  [N('412.000', '412')])
# ---------------- 307 Ngọc Hồi giao ban quý III/2024, 3/10/2024 ----------------
f('g48', 'latest', ['307'], ['latest'], [
    'Hội nghị gần đây nhất của Huyện ủy Ngọc Hồi diễn ra ngày nào và do ai chủ trì?',
    'cuoc hop moi nhat cua huyen uy ngoc hoi la hom nao, ai chu tri',
    'When was the most recent Ngoc Hoi district Party committee meeting, and who chaired it?'],
  [D(3, 10, 2024), ['Đinh Thị Thu Hà']])
f('g49', 'who', ['307'], ['role-chair', 'place-name-part', 'zero-width'], [
    'Ai chủ trì hội nghị giao ban quý III năm 2024 của Huyện ủy Ngọc Hồi?',
    'giao ban q3/2024 huyen uy ngoc \u200bhoi ai chu tri',
    'Who chaired the Ngoc Hoi district Party committee\'s Q3 2024 briefing?'],
  [['Đinh Thị Thu Hà']])
f('g50', 'when', ['307'], ['date-deadline'], [
    'Huyện Ngọc Hồi đặt mục tiêu hoàn thành xóa nhà tạm trước ngày nào (giao ban quý III/2024)?',
    'ngoc hoi xoa nha tam xong truoc ngay nao',
    'By what date did Ngoc Hoi plan to finish removing makeshift houses (Q3 2024 briefing)?'],
  [D(15, 11, 2024)])
f('g51', 'latest', ['307'], ['latest', 'figure-total-vs-new'], [
    'Theo số liệu mới nhất, Đảng bộ huyện Ngọc Hồi có bao nhiêu đảng viên?',
    'dang bo ngoc hoi hien co bn dang vien (so moi nhat)',
    'According to the latest figures, how many Party members does the Ngoc Hoi district Party organisation have?'],
  [N('3.552')])
f('g52', 'howmany', ['307'], ['figure-subject', 'compare'], [
    'Lượt người xuất, nhập cảnh qua Cửa khẩu quốc tế Bờ Y 9 tháng năm 2024 tăng bao nhiêu phần trăm so với cùng kỳ?',
    'luot xuat nhap canh qua bo y 9t 2024 tang bn % so voi cung ky',
    'By what percentage did border crossings at Bo Y rise year on year in the first 9 months of 2024?'],
  [['12%', '12 %', '12 percent']])
# ---------------- seeds ----------------
f('g53', 'when', ['s000'], ['place-province-of-district', 'date-format'], [
    'Thị xã Mường Lay, tỉnh Điện Biên tổ chức giao ban Khối Đảng quý I năm 2021 vào ngày nào?',
    'muong lay dien bien giao ban khoi dang q1/2021 ngay nao',
    'On what date did Muong Lay town in Dien Bien province hold its Q1 2021 Party bloc briefing?'],
  [D(31, 3, 2021)])
f('g54', 'who', ['s000'], ['role-concluded'], [
    'Ai phát biểu chỉ đạo, kết luận tại hội nghị giao ban Khối Đảng quý I năm 2021 của thị xã Mường Lay?',
    'ai chi dao hn giao ban khoi dang q1 2021 muong lay',
    'Who gave the directing remarks at the Muong Lay Q1 2021 Party bloc briefing?'],
  [['Ngôn Ngọc Khuê']])
f('g55', 'what', ['s004'], ['section-limitations'], [
    'Buổi làm việc ngày 17/3/2021 của Thường trực Tỉnh ủy Hậu Giang chỉ ra những hạn chế, tồn tại gì?',
    'thuong truc tinh uy hau giang lam viec 17/3/2021, con han che gi',
    'What shortcomings were noted when the Hau Giang provincial Party Standing Committee met on 17 March 2021?'],
  [['khám sức khỏe'], ['lúng túng']])
f('g56', 'list', ['s004'], ['agencies'], [
    'Ngày 17/3/2021, Thường trực Tỉnh ủy Hậu Giang làm việc với những cơ quan, đơn vị nào?',
    'hnay 17/3/2021 tt tinh uy hau giang lam viec voi nhung co quan nao',
    'Which agencies and units did the Hau Giang provincial Party Standing Committee work with on 17 March 2021?'],
  [['Trường Chính trị'], ['Báo Hậu Giang']])
f('g57', 'when', ['s002'], ['date-format'], [
    'Cuộc họp Ban Chỉ đạo 32 do đồng chí Lò Minh Hùng chủ trì diễn ra ngày nào?',
    'bcd 32 hop ngay nao, dc lo minh hung chu tri',
    'On what date did Lo Minh Hung chair the meeting of Steering Committee 32?'],
  [D(20, 6, 2022) + ['20 tháng 06 năm 2022', '20 tháng 6 năm 2022']])
f('g58', 'howmany', ['s003'], ['figure-subject'], [
    'Đảng bộ Khối Các cơ quan và Doanh nghiệp tỉnh có bao nhiêu tổ chức cơ sở đảng loại hình doanh nghiệp?',
    'dang bo khoi cq va dn tinh co bn tccsd doanh nghiep',
    'How many grassroots Party organisations of the business type does the provincial Agencies and Enterprises Party bloc have?'],
  [['14 TCCSĐ', '14']])
# ---------------- dev corpus ----------------
f('g59', 'what', ['201'], ['section-limitations'], [
    'Hội nghị giao ban 9 tháng năm 2022 của Ban Thường vụ Huyện ủy Chiêm Hóa chỉ ra những tồn tại nào?',
    'chiem hoa giao ban 9t 2022 con ton tai gi',
    'What shortcomings did the Chiem Hoa 9-month 2022 briefing point out?'],
  [['giải phóng mặt bằng'], ['mục tiêu quốc gia']])
f('g60', 'list', ['201'], ['role-attended'], [
    'Ngoài Bí thư Huyện ủy, những đồng chí nào cùng dự hội nghị giao ban 9 tháng năm 2022 của Huyện ủy Chiêm Hóa?',
    'giao ban 9t 2022 huyen uy chiem hoa co nhung ai du',
    'Who attended the Chiem Hoa 9-month 2022 briefing besides the district Party secretary?'],
  [['Quan Thị Mừng'], ['La Văn Tấn']])
f('g61', 'what', ['207'], ['decisions'], [
    'Hội nghị sơ kết 6 tháng đầu năm 2023 của Ban Chỉ đạo Chuyển đổi số tỉnh Thái Bình đã biểu quyết thông qua văn bản gì?',
    'bcd chuyen doi so thai binh so ket 6t 2023 thong qua cai gi',
    'What did the Thai Binh digital transformation steering committee approve at its mid-2023 review?'],
  [['Kế hoạch chuyển đổi số']])
f('g62', 'howmany', ['207'], ['figure-rate'], [
    'Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước tỉnh Thái Bình 6 tháng đầu năm 2023 đạt bao nhiêu?',
    'ty le van ban dien tu o thai binh 6t 2023 dc bn %',
    'What share of documents exchanged between Thai Binh state agencies was electronic in the first half of 2023?'],
  [N('97,5')])
f('g63', 'when', ['205', '206'], ['date-deadline', 'syndicated'], [
    'Ban Chỉ đạo 35 tỉnh Gia Lai yêu cầu tổng kết, trao giải Cuộc thi viết chính luận cấp tỉnh trước ngày nào?',
    'bcd 35 gia lai trao giai cuoc thi chinh luan truoc ngay nao',
    'By what date did Gia Lai\'s Steering Committee 35 want the provincial essay contest prizes awarded?'],
  [D(15, 8, 2023)])
f('g64', 'what', ['215', '205', '206'], ['compare', 'latest'], [
    'Lực lượng 35 cấp tỉnh Gia Lai có bao nhiêu thành viên năm 2020 và năm 2023?',
    'luc luong 35 gia lai nam 2020 va 2023 co bn thanh vien',
    'How many members did Gia Lai\'s provincial Force 35 have in 2020 and in 2023?'],
  [['186'], ['212']])
f('g65', 'who', ['217'], ['role-cochair', 'place-en'], [
    'Buổi làm việc của Thường trực Tỉnh ủy Sóc Trăng với Thị ủy Vĩnh Châu tháng 11/2022 do những ai đồng chủ trì?',
    'tt tinh uy soc trang lam viec voi tx vinh chau t11/2022 ai dong chu tri',
    'Who co-chaired the November 2022 working session between the Soc Trang provincial Party Standing Committee and Vinh Chau town?'],
  [['Lâm Hoàng Phúc'], ['Kim Thị Mỹ Duyên']])
f('g66', 'howmany', ['216'], ['figure-rate', 'place-en'], [
    'Tỷ lệ hộ nghèo của thị xã Vĩnh Châu năm 2019 (7 tháng đầu năm) là bao nhiêu?',
    'ty le ho ngheo tx vinh chau 2019 bn',
    'What was the poverty rate of Vinh Chau town in 2019 (first seven months)?'],
  [N('4,86')])
f('g67', 'howmany', ['228'], ['figure-subject'], [
    'Giữa năm 2024, huyện Kế Sách còn bao nhiêu hộ nghèo?',
    'ke sach giua 2024 con bn ho ngheo',
    'How many poor households did Ke Sach district still have in mid-2024?'],
  [N('1.126')])
f('g68', 'howmany', ['210'], ['unit-conversion'], [
    '6 tháng đầu năm 2022, các cơ sở lưu trú ở huyện Tuy Phong đón bao nhiêu nghìn lượt khách?',
    'tuy phong 6t dau 2022 don bn nghin luot khach',
    'How many thousand guest visits did Tuy Phong accommodation receive in the first half of 2022?'],
  [N('96.000', '96')])
f('g69', 'howmany', ['209'], ['figure-target-vs-new'], [
    'Năm 2022, Huyện ủy Chợ Đồn phấn đấu kết nạp bao nhiêu đảng viên?',
    'cho don phan dau ket nap bn dv nam 2022',
    'How many Party members did Cho Don district aim to admit in 2022?'],
  [['120']])
f('g70', 'yesno', ['s001'], ['yesno', 'role-concluded'], [
    'Có phải đồng chí Văn Quốc Cường vừa chủ trì vừa phát biểu kết luận hội nghị giao ban công tác Đảng, đoàn thể 9 tháng năm 2023 của Thị ủy không?',
    'dc van quoc cuong vua chu tri vua ket luan giao ban 9t 2023 cua thi uy dung k?',
    'Did Van Quoc Cuong both chair and conclude the town Party committee\'s 9-month 2023 briefing?'],
  [YES, ['Văn Quốc Cường']])
f('g71', 'yesno', ['307'], ['yesno', 'latest'], [
    'Hội nghị giao ban quý III năm 2024 của Huyện ủy Ngọc Hồi có phải do đồng chí Trịnh Đình Khang chủ trì không?',
    'giao ban q3 2024 huyen uy ngoc hoi co phai dc trinh dinh khang chu tri ko',
    'Was the Ngoc Hoi Q3 2024 briefing chaired by Trinh Dinh Khang?'],
  [NO, ['Đinh Thị Thu Hà']])
f('g72', 'latest', ['217'], ['latest', 'figure-total-vs-new'], [
    'Theo bài viết mới nhất, Đảng bộ thị xã Vĩnh Châu có bao nhiêu đảng viên?',
    'dang bo tx vinh chau hien co bn dang vien (bai moi nhat)',
    'According to the most recent article, how many Party members does the Vinh Chau town Party organisation have?'],
  [N('2.389')])
f('g73', 'list', ['306', '307'], ['list', 'latest'], [
    'Huyện ủy Ngọc Hồi (Kon Tum) đã tổ chức những hội nghị nào, vào những ngày nào?',
    'huyen uy ngoc hoi kon tum hop nhung hn nao, ngay nao',
    'Which meetings did the Ngoc Hoi district (Kon Tum) Party organisation hold, and on what dates?'],
  [D(21, 12, 2023), D(3, 10, 2024)])
f('g74', 'what', ['305'], ['section-tasks'], [
    'Kết luận hội nghị giao ban 6 tháng đầu năm 2022, Bí thư Huyện ủy Tủa Chùa giao những nhiệm vụ gì cho 6 tháng cuối năm?',
    'tua chua 6t cuoi nam 2022 phai lam nhung nhiem vu gi',
    'What tasks did the Tua Chua Party secretary set for the second half of 2022?'],
  [['quy hoạch cán bộ'], ['120']])
f('g75', 'what', ['210'], ['section-tasks'], [
    'Bí thư Huyện ủy Tuy Phong yêu cầu tập trung những nhiệm vụ gì sau giao ban quý II năm 2022?',
    'sau giao ban q2/2022 tuy phong can lam nhung viec gi',
    'What tasks did the Tuy Phong Party secretary set after the Q2 2022 briefing?'],
  [['hạn hán'], ['IUU']])
# ---------------- unanswerable near-misses ----------------
f('n01', 'none', [], ['none-wrong-year'], [
    'Ai chủ trì hội nghị giao ban công tác xây dựng Đảng 9 tháng năm 2022 của Huyện ủy Đồng Văn?',
    'giao ban 9t 2022 huyen uy dong van ai chu tri',
    'Who chaired the Dong Van district 9-month 2022 briefing?'], [])
f('n02', 'none', [], ['none-wrong-period'], [
    'Quý II năm 2023, Đảng bộ huyện Vị Xuyên kết nạp bao nhiêu đảng viên mới?',
    'q2/2023 vi xuyen ket nap bn dv moi',
    'How many new Party members did Vi Xuyen admit in Q2 2023?'], [])
f('n03', 'none', [], ['none-sidebar'], [
    'Kỳ họp thứ 20 HĐND tỉnh Quảng Trị thông qua bao nhiêu nghị quyết?',
    'ky hop thu 20 hdnd tinh quang tri thong qua bn nq',
    'How many resolutions did the Quang Tri provincial People\'s Council pass at its 20th session?'], [])
f('n04', 'none', [], ['none-person'], [
    'Đồng chí Hà Quang Trung chủ trì hội nghị nào và vào ngày nào?',
    'dc ha quang trung chu tri hn nao, ngay nao',
    'Which meeting did Ha Quang Trung chair, and when?'], [])
f('n05', 'none', [], ['none-not-stated'], [
    '6 tháng đầu năm 2022, huyện Tủa Chùa thi hành kỷ luật bao nhiêu đảng viên?',
    'tua chua 6t 2022 ky luat bn dang vien',
    'How many Party members were disciplined in Tua Chua in the first half of 2022?'], [])
f('n06', 'none', [], ['none-sidebar'], [
    'Ai chủ trì hội nghị giao ban quý III/2024 của Thành ủy Kon Tum?',
    'giao ban q3/2024 thanh uy kon tum ai chu tri',
    'Who chaired the Kon Tum city Party committee\'s Q3 2024 briefing?'], [])
f('n07', 'none', [], ['none-wrong-period'], [
    'Huyện ủy Ngọc Hồi giao ban quý II năm 2024 vào ngày nào?',
    'huyen uy ngoc hoi giao ban q2/2024 ngay nao',
    'When did the Ngoc Hoi district Party committee hold its Q2 2024 briefing?'], [])
f('n08', 'none', [], ['none-wrong-district'], [
    'Kỳ họp giữa năm 2023 của HĐND huyện Triệu Phong thông qua bao nhiêu nghị quyết?',
    'hdnd h trieu phong ky hop giua nam 2023 thong qua bn nq',
    'How many resolutions did the Trieu Phong district People\'s Council pass at its mid-2023 session?'], [])

STYLES = ['formal', 'chat', 'en']


def variants(group, style):
    out = list(group)
    if style != 'formal':
        out += [strip(s) for s in group]
    return list(dict.fromkeys(out))


rows, groups = [], []
n = 0
for gid, typ, docs, modes, qs, must in F:
    assert len(qs) == 3
    for style, q in zip(STYLES, qs):
        n += 1
        rows.append({'id': f'r{n:03d}', 'q': q, 'lang': 'en' if style == 'en' else 'vi', 'type': typ,
                     'docs': docs, 'must': [variants(g, style) for g in must], 'group': gid, 'style': style})
    groups.append({'group': gid, 'type': typ, 'docs': docs, 'modes': modes})

with open(os.path.join(OUT, 'questions.jsonl'), 'w', encoding='utf-8') as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + '\n')
with open(os.path.join(OUT, 'groups.jsonl'), 'w', encoding='utf-8') as fh:
    for g in groups:
        fh.write(json.dumps(g, ensure_ascii=False) + '\n')
print(len(rows), 'questions,', len(groups), 'groups')
