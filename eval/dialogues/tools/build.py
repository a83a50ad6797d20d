"""Builds dialogues.jsonl (multi-turn follow-up set) from the table below.

Run once: python3 eval/dialogues/tools/build.py. Number/date/unaccented variants are added by the
helpers shared with the robustness set, so both sets grade the same way.
"""
import json, os, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))

import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from evalkit import D, MONTHS, N, NO, S, YES, strip  # noqa: E402  (shared with the other set)


S.update({
    '200': '200_520d24c45f0b18f6', '202': '202_8c4d6c3b8a09e1c0', '203': '203_e90fdb7e572df369',
    '204': '204_7c63b0963ff2bf79', '208': '208_eed26fbdb6366ba6', '212': '212_de4bbd342c91579c',
    '213': '213_ec35d846c98735ed', '214': '214_3bce810813311a38', '218': '218_7f77b6880c7dddb2',
    '219': '219_8bcd49ce36c3598a', '220': '220_85222a335267c454', '221': '221_dd146498b37b9cf2',
    '222': '222_9c6a6532cde64cf4', '223': '223_d1a5e93d6d152a65', '224': '224_8a7faeeb272aee74',
    '225': '225_a160f422ee6887d6', '226': '226_11eeb2c5887beedc', '227': '227_3f1e3d3562a5820e',
    '229': '229_387ff4dfdd105d61',
})


def A(q, typ, docs, must):
    """An answered turn."""
    return {'q': q, 'type': typ, 'docs': [S[d] for d in docs], 'must': must, 'expect': 'answer'}


def C(q, typ, docs, must):
    """A turn that should be answered with a clarifying question; docs = the candidate meetings,
    must = what names each candidate (a clarification listing them passes)."""
    return {'q': q, 'type': typ, 'docs': [S[d] for d in docs], 'must': must, 'expect': 'clarify'}


def X(q):
    """A turn the corpus does not answer."""
    return {'q': q, 'type': 'none', 'docs': [], 'must': [], 'expect': 'none'}


DLG = [
  [A('Ai chủ trì giao ban quý III/2024 của Huyện ủy Ngọc Hồi?', 'who', ['307'], [['Đinh Thị Thu Hà']]),
   X('còn quý II thì sao?'),
   A('thế hội nghị quý III tổ chức ngày nào?', 'when', ['307'], [D(3, 10, 2024)])],
  [A('Ai chủ trì hội nghị giao ban 9 tháng năm 2023 của Huyện ủy Đồng Văn?', 'who', ['300'], [['Vàng Thị Dung']]),
   A('Vị Xuyên thì sao?', 'who', ['301'], [['Trần Đức Nghĩa']]),
   A('ai trình bày báo cáo?', 'who', ['301'], [['Lương Thị Hạnh']]),
   A('huyện nào kết nạp nhiều đv hơn?', 'what', ['300', '301'], [['Vị Xuyên'], ['265'], ['138']])],
  [C('Hội nghị giao ban 9 tháng năm 2023 ở Hà Giang do ai chủ trì?', 'who', ['300', '301'], [['Đồng Văn'], ['Vị Xuyên']]),
   A('Đồng Văn', 'who', ['300'], [['Vàng Thị Dung']]),
   A('có phải ông Sùng Mí Chớ chủ trì ko?', 'yesno', ['300'], [NO, ['Vàng Thị Dung']]),
   A('vậy ông ấy làm gì ở hội nghị?', 'what', ['300'], [['Sùng Mí Chớ'], ['kết luận', 'chỉ đạo']])],
  [A('Kỳ họp thứ 14 HĐND huyện Hải Lăng thông qua bao nhiêu nghị quyết?', 'howmany', ['302'], [['9 nghị quyết']]),
   A('kỳ họp đó khai mạc ngày nào?', 'when', ['302'], [D(18, 7, 2023)]),
   A('ai trình bày báo cáo ktxh?', 'who', ['302'], [['Trần Quốc Bảo']]),
   A('ông ấy giữ chức gì?', 'what', ['302'], [['Phó Chủ tịch UBND huyện']])],
  [A('hai lang phai xong gpmb duong ven bien truoc ngay nao', 'when', ['302'], [D(15, 8, 2023)]),
   A('ai yêu cầu vậy?', 'who', ['302'], [['Văn Tiến Nhân']]),
   A('ông ấy có phải người chủ trì kỳ họp ko?', 'yesno', ['302'], [NO, ['Lê Phước Thịnh']])],
  [A('Đảng bộ thành phố Cao Bằng có bao nhiêu đảng viên (sơ kết 6 tháng đầu năm 2022)?', 'howmany', ['304'], [N('6.482')]),
   A('kết nạp mới bn?', 'howmany', ['304'], [['79']]),
   A('còn tỷ lệ hộ nghèo?', 'howmany', ['304'], [N('1,62')]),
   A('sao có bài ghi 6.842?', 'what', ['304'], [['biên tập lại'], N('6.482')])],
  [A('Who presented the report at the Cao Bang city Party Executive Committee mid-2022 conference?', 'who', ['304'], [['Đàm Văn Khiêm']]),
   A('and who chaired it?', 'who', ['304'], [['Bế Thị Hồng Nhung']]),
   A('what did they approve by vote?', 'what', ['304'], [['chỉnh trang đô thị'], ['sinh hoạt chi bộ']]),
   X('what about 2023?')],
  [A('Tủa Chùa giao ban 6 tháng đầu năm 2022 ngày nào?', 'when', ['305'], [D(4, 7, 2022)]),
   A('hạn chót rà soát quy hoạch cán bộ là khi nào?', 'when', ['305'], [D(15, 8, 2022)]),
   A('huyện này thuộc tỉnh nào?', 'where', ['305'], [['Điện Biên']]),
   A('tỷ lệ hộ nghèo bn?', 'howmany', ['305'], [N('49,35')])],
  [A('giao ban khoi dang q1 2021 o muong lay dien bien ngay nao', 'when', ['s000'], [D(31, 3, 2021)]),
   A('ai chi dao?', 'who', ['s000'], [['Ngôn Ngọc Khuê']]),
   A('ông ấy giữ chức gì?', 'what', ['s000'], [['Bí thư']])],
  [C('Who chaired the Q1 2021 meeting?', 'who', ['s000', 's004'], [['Mường Lay'], ['Hậu Giang']]),
   A('Hau Giang', 'who', ['s004'], [['Lê Tiến Châu'], ['Đồng Văn Thanh']]),
   A('what shortcomings were raised?', 'what', ['s004'], [['khám sức khỏe'], ['lúng túng']])],
  [A('Ban Chỉ đạo 35 tỉnh Gia Lai sơ kết 6 tháng đầu năm 2023 do ai chủ trì?', 'who', ['205', '206'], [['Lê Quang Thức']]),
   A('năm 2020 thì sao?', 'who', ['215'], [['Phan Đình Tuân']]),
   A('lúc đó lực lượng 35 có bao nhiêu thành viên?', 'howmany', ['215'], [['186']]),
   A('còn năm 2023?', 'howmany', ['205', '206'], [['212']])],
  [A('Thường trực Tỉnh ủy Sóc Trăng làm việc với Vĩnh Châu năm 2019, ai chủ trì?', 'who', ['216'], [['Lâm Hoàng Phúc']]),
   A('ông ấy giữ chức gì lúc đó?', 'what', ['216'], [['Phó Bí thư Thường trực Tỉnh ủy']]),
   A('còn năm 2022?', 'who', ['217'], [['Lâm Hoàng Phúc'], ['Kim Thị Mỹ Duyên']]),
   A('số đảng viên của thị xã tăng từ bao nhiêu lên bao nhiêu?', 'what', ['216', '217'], [N('2.076'), N('2.389')])],
  [A('Ai chủ trì giao ban quý I/2024 của Ban Thường vụ Huyện ủy Chiêm Hóa?', 'who', ['220'], [['Quan Thị Mừng']]),
   A('năm 2022 bà ấy giữ chức gì?', 'what', ['201'], [['Phó Bí thư Thường trực Huyện ủy']]),
   A('quý I/2024 kết nạp bn đảng viên?', 'howmany', ['220'], [['46']])],
  [A('Bảo Yên giao ban 9 tháng 2022 ai chủ trì?', 'who', ['200'], [['Lục Văn Khởi']]),
   A('tổng số đảng viên lúc đó?', 'howmany', ['200'], [N('3.742')]),
   A('còn quý I/2023?', 'howmany', ['222'], [N('3.801')]),
   X('còn 6 tháng đầu năm 2022 thì sao?')],
  [A('Hội nghị tổng kết năm 2021 của Ban Chấp hành Đảng bộ huyện Ba Bể do ai chủ trì?', 'who', ['212'], [['Nông Thanh Bình']]),
   A('có phải bà Hà Thị Lý chủ trì ko?', 'yesno', ['212'], [NO, ['Nông Thanh Bình']]),
   A('trong năm kết nạp bn đv mới?', 'howmany', ['212'], [['121']])],
  [C('Ai chủ trì giao ban quý II/2022?', 'who', ['209', '210'], [['Chợ Đồn'], ['Tuy Phong']]),
   A('Tuy Phong', 'who', ['210'], [['Tăng Thị Kim Thoa']]),
   A('6 tháng đầu năm thu ngân sách bn?', 'howmany', ['210'], [N('214,6')]),
   A('Chợ Đồn thì sao?', 'howmany', ['209'], [N('26,3')])],
  [A('Bát Xát giao ban Khối Đảng quý III/2020 ngày nào?', 'when', ['203'], [D(6, 10, 2020)]),
   A('Ba Đồn thì sao?', 'when', ['204'], [D(8, 10, 2020)]),
   A('ở Ba Đồn ai chủ trì?', 'who', ['204'], [['Trương Công Diệm']]),
   X('còn quý IV/2020?')],
  [A('Hội nghị Ban Chấp hành Đảng bộ huyện Sơn Dương sơ kết 6 tháng đầu năm 2023 thông qua nghị quyết gì?', 'what', ['208'], [['du lịch cộng đồng']]),
   A('ai chủ trì?', 'who', ['208'], [['Đinh Công Luận']]),
   A('tổng đảng viên bn?', 'howmany', ['208'], [N('11.264')])],
  [A('Ban Chỉ đạo chuyển đổi số Thái Bình sơ kết 6 tháng đầu năm 2023 ngày nào?', 'when', ['207'], [D(18, 7, 2023)]),
   A('các sở ngành phải kết nối csdl chuyên ngành trước ngày nào?', 'when', ['207'], [D(30, 9, 2023)]),
   X('thế hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 24 ai chủ trì?')],
  [A('Đoàn Thường trực Tỉnh ủy Quảng Bình làm việc với Minh Hóa tháng 8/2021, ai làm trưởng đoàn?', 'who', ['213'], [['Lê Hữu Phước']]),
   A('bên huyện ai tiếp đoàn?', 'who', ['213'], [['Đinh Xuân Kháng']]),
   A('tỷ lệ hộ nghèo Minh Hóa khi đó?', 'howmany', ['213'], [N('26,4')])],
  [A('Who led the Gia Lai provincial delegation to Chu Se in November 2019?', 'who', ['214'], [['Đặng Hữu Tài']]),
   A('how many Party members did Chu Se have?', 'howmany', ['214'], [N('3.516')]),
   A('and how many were admitted in those 10 months?', 'howmany', ['214'], [['142']])],
  [A('Giao ban quý I/2019 Kiến Xương ai kết luận?', 'who', ['218'], [['Vũ Đức Thuận']]),
   A('dịch tả lợn châu Phi xuất hiện ở bao nhiêu hộ?', 'howmany', ['218'], [['45']]),
   X('quý II/2019 thì sao?')],
  [A('Hội nghị lần thứ ba Ban Chấp hành Đảng bộ huyện Tiền Hải họp ngày nào?', 'when', ['219'], [D(25, 12, 2020)]),
   A('toàn đảng bộ có bao nhiêu đảng viên?', 'howmany', ['219'], [N('9.612')]),
   X('còn giao ban quý III/2021 của Tiền Hải thì ai chủ trì?')],
  [A('Sa Pa 6 tháng đầu năm 2021 đón bao nhiêu lượt khách?', 'howmany', ['221'], [N('412.600')]),
   A('giảm bao nhiêu % so với cùng kỳ?', 'howmany', ['221'], [N('38,4')]),
   A('mục tiêu đến 2025 đón bao nhiêu khách?', 'howmany', ['221'], [N('3,5')])],
  [A('Thành ủy Bắc Kạn giao ban 9 tháng 2023 ai chủ trì?', 'who', ['223'], [['Lương Thị Quỳnh Nga']]),
   A('La Gi thì sao?', 'who', ['224'], [['Cao Văn Thọ']]),
   A('La Gi có bao nhiêu tàu cá?', 'howmany', ['224'], [N('1.126')])],
  [A('Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở TP Đồng Hới tổng kết năm 2023 vào ngày nào?', 'when', ['225'], [D(10, 1, 2024)]),
   A('đã giải quyết bao nhiêu đơn thư?', 'howmany', ['225'], [['389']]),
   X('what about 2022?')],
  [A('Phú Quý tổng kết năm 2019, ai chủ trì?', 'who', ['226'], [['Lưu Đình Chiến']]),
   A('đại hội đảng bộ huyện dự kiến tổ chức khi nào?', 'when', ['226'], [['6/2020', 'tháng 6']]),
   A('chọn xã nào làm điểm đại hội cơ sở?', 'where', ['226'], [['Ngũ Phụng']])],
  [A('Thị ủy An Khê giao ban quý I/2024 chỉ ra những khó khăn gì?', 'what', ['227'], [['nắng hạn'], ['cháy rừng']]),
   A('ai chủ trì?', 'who', ['227'], [['Bùi Ngọc Thạch']]),
   A('có phải bà Trần Thị Nguyệt Hà chủ trì không?', 'yesno', ['227'], [NO, ['Bùi Ngọc Thạch']])],
  [A('Quỳnh Phụ giao ban quý III/2021, ai cùng chủ trì?', 'who', ['229'], [['Tạ Quang Vinh'], ['Hoàng Văn Khiết']]),
   A('9 tháng kết nạp bao nhiêu đảng viên?', 'howmany', ['229'], [['176']]),
   A('chỉ tiêu cả năm là bao nhiêu?', 'howmany', ['229'], [['240']])],
  [A('Kế Sách còn bao nhiêu hộ nghèo giữa năm 2024?', 'howmany', ['228'], [N('1.126')]),
   A('tỷ lệ là bao nhiêu?', 'howmany', ['228'], [N('2,87')]),
   A('cuối năm phấn đấu giảm xuống còn bao nhiêu?', 'howmany', ['228'], [N('2,5')])],
  [A('Thị ủy Ngã Năm giao ban 9 tháng 2022 ngày nào?', 'when', ['202'], [D(4, 10, 2022)]),
   A('ai đồng chủ trì?', 'who', ['202'], [['Trần Văn Lượm'], ['Thạch Sóc Ra']]),
   A('ông Thạch Sóc Ra giữ chức gì?', 'what', ['202'], [['Chủ tịch UBND thị xã']])],
  [C('Giao ban 9 tháng năm 2022 kết nạp bao nhiêu đảng viên?', 'howmany', ['200', '201', '202'], [['Bảo Yên'], ['Chiêm Hóa'], ['Ngã Năm']]),
   A('Chiêm Hóa', 'howmany', ['201'], [['134']]),
   A('đạt bao nhiêu % kế hoạch?', 'howmany', ['201'], [N('89,3')])],
  [A('Hội nghị lần thứ 17 Ban Chấp hành Đảng bộ huyện Ngọc Hồi ai chủ trì?', 'who', ['306'], [['Trịnh Đình Khang']]),
   A('ai trình bày báo cáo?', 'who', ['306'], [['A Thút']]),
   A('ông ấy giữ chức gì?', 'what', ['306'], [['Chủ tịch UBND huyện']]),
   A('năm 2024 phấn đấu kết nạp bn đảng viên?', 'howmany', ['306'], [['160']])],
  [A('Huyện ủy Ngọc Hồi họp gần đây nhất khi nào?', 'latest', ['307'], [D(3, 10, 2024)]),
   A('hiện có bao nhiêu đảng viên?', 'howmany', ['307'], [N('3.552')]),
   A('and the year before?', 'howmany', ['306'], [N('3.471')])],
  [A('How many new Party members did Vi Xuyen admit in the first nine months of 2023?', 'howmany', ['301'], [['265']]),
   A('what was their target for the year?', 'howmany', ['301'], [['300']]),
   A('what about Dong Van?', 'howmany', ['300'], [['180']])],
  [A('ty le ho ngheo dong van 9t 2023 bn', 'howmany', ['300'], [N('41,82')]),
   A('dc bn nghin luot khach?', 'howmany', ['300'], [N('486.300', '486,3')]),
   A('tăng bao nhiêu % so với cùng kỳ?', 'howmany', ['300'], [['18%', '18 %']]),
   A('doanh thu du lịch mấy tỷ?', 'howmany', ['300'], [['395']])],
  [A('von dau tu toan xa hoi hai lang 6t 2023 bn nghin ty', 'howmany', ['302'], [N('1.250', '1,25')]),
   A('thu ngân sách thì sao?', 'howmany', ['302'], [N('168,7')]),
   A('so với dự toán đạt bn %?', 'howmany', ['302'], [['62%', '62 %']])],
  [A('có phải ông Lầu A Chứ chủ trì giao ban 6t 2022 của tua chua ko', 'yesno', ['305'], [YES, ['Lầu A Chứ']]),
   A('ai trình bày báo cáo?', 'who', ['305'], [['Lò Thị Phương']]),
   X('6 tháng đầu năm huyện kỷ luật bao nhiêu đảng viên?')],
  [X('Ai chủ trì giao ban quý III/2024 của Thành ủy Kon Tum?'),
   A('Ngọc Hồi thì sao?', 'who', ['307'], [['Đinh Thị Thu Hà']]),
   A('có phải ông Trịnh Đình Khang ko?', 'yesno', ['307'], [NO, ['Đinh Thị Thu Hà']])],
  [A('Thị ủy giao ban công tác Đảng, đoàn thể 9 tháng năm 2023 (chiều 19/9/2023) do ai chủ trì?', 'who', ['s001'], [['Văn Quốc Cường']]),
   A('trung tâm chính trị mở bao nhiêu lớp, bao nhiêu học viên?', 'howmany', ['s001'], [['14'], N('1.300')]),
   A('ông ấy có phát biểu kết luận không?', 'yesno', ['s001'], [YES, ['Văn Quốc Cường']])],
  [A('Ai chủ trì buổi giao ban về công tác chuẩn bị Đại hội của Đảng ủy Khối Các cơ quan và Doanh nghiệp tỉnh?', 'who', ['s003'], [['Vũ Văn Lương']]),
   A('Đảng bộ khối có bao nhiêu đảng viên?', 'howmany', ['s003'], [N('3.281')]),
   X('thế ai chủ trì cuộc họp khẩn của Bộ Y tế?')],
  [A('Ban Chỉ đạo 32 họp tháng 6/2022 ai chủ trì?', 'who', ['s002'], [['Lò Minh Hùng']]),
   A('họp ngày nào?', 'when', ['s002'], [D(20, 6, 2022) + ['20 tháng 06 năm 2022']]),
   A('ông ấy giữ chức gì?', 'what', ['s002'], [['Phó Bí thư Thường trực Tỉnh ủy']])],
  [C('Hội nghị sơ kết 6 tháng đầu năm 2023 do ai chủ trì?', 'who', ['205', '206', '207', '208'],
     [['Gia Lai', 'Ban Chỉ đạo 35'], ['Thái Bình', 'chuyển đổi số'], ['Sơn Dương']]),
   A('Sơn Dương', 'who', ['208'], [['Đinh Công Luận']]),
   A('what about Gia Lai?', 'who', ['205', '206'], [['Lê Quang Thức']])],
  [A('What was the poverty rate in Tua Chua, Dien Bien, in mid-2022?', 'howmany', ['305'], [N('49,35')]),
   A('how much did it fall year on year?', 'howmany', ['305'], [N('3,2')]),
   A('and in Dong Van?', 'howmany', ['300'], [N('41,82')])],
  [A('Cao Bằng phải hoàn thành giải phóng mặt bằng kè sông Bằng Giang giai đoạn 2 trước ngày nào?', 'when', ['304'], [D(30, 9, 2022)]),
   A('hội nghị đó họp ngày nào?', 'when', ['304'], [D(14, 7, 2022)]),
   A('phấn đấu kết nạp bao nhiêu đv năm 2022?', 'howmany', ['304'], [['210']])],
]


def widen(must):
    return [list(dict.fromkeys(list(g) + [strip(s) for s in g])) for g in must]


out = []
for i, turns in enumerate(DLG, 1):
    assert 2 <= len(turns) <= 4, i
    for t in turns:
        t['must'] = widen(t['must'])
    out.append({'id': f'g{i:03d}', 'turns': turns})
with open(os.path.join(HERE, '..', 'dialogues.jsonl'), 'w', encoding='utf-8') as fh:
    for d in out:
        fh.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(out), 'dialogues,', sum(len(d['turns']) for d in out), 'turns')
