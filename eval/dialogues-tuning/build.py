"""Writes dialogues.jsonl (the tuning dialogue set of session 2) from the table below, and checks
that every gold string but the verdicts and English dates occurs in its gold articles (whitespace
folded). Date and number variants come from eval/tools/evalkit.py, shared with the frozen sets.

usage: python3 eval/dialogues-tuning/build.py [CORPUS_DIR...]   (default: seeds ../shared/eval/corpus)
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'tools'))
from evalkit import N, date_variants  # noqa: E402  (shared with the frozen sets)

# This set's date spellings: d/m/yyyy, dd/mm/yyyy, dd/m/yyyy, d/mm/yyyy, d-m-yyyy, and English
# marked with `~` (not in the Vietnamese articles, so the check skips them; the mark is dropped
# from the output).
TUNING_DATE_FORMS = ['{d}/{m}/{y}', '{dd}/{mm}/{y}', '{dd}/{m}/{y}', '{d}/{mm}/{y}', '{d}-{m}-{y}',
                     '~{Month} {d}', '~{d} {Month}']
# Gold strings marked `~` are not checked against the articles (verdicts, English dates).
UNCHECKED = '~'


def date(d, m, y):
    """A date's spellings in this set."""
    return date_variants(d, m, y, TUNING_DATE_FORMS)


def num(s):
    """A decimal figure in Vietnamese and English notation (groupings kept as written)."""
    return N(s, regroup=False)


def t(q, typ, docs, must, expect='answer', extra=None):
    """One turn: question, type, gold articles (by number, the file name's prefix: '227' is
    227_<hash>.txt; resolved against the corpora in main), gold string groups, expected outcome."""
    return {'q': q, 'type': typ, 'docs': docs, 'must': must, 'expect': expect, **(extra or {})}


def none(q):
    """A turn nothing in the corpus answers."""
    return t(q, 'none', [], [], 'none')


YES = ['~Đúng']
NO = ['~Không']

dialogues = [
  # new place, then new target on the same meeting, then "bà ấy"
  [t('Ai chủ trì giao ban quý I năm 2024 của Thị ủy An Khê?', 'who', ['227'], [['Bùi Ngọc Thạch']]),
   t('Còn Chiêm Hóa thì sao?', 'who', ['220'], [['Quan Thị Mừng']]),
   t('Hội nghị đó tổ chức ngày nào?', 'when', ['220'], [date(29, 3, 2024)]),
   t('Bà ấy giữ chức gì?', 'who', ['220'], [['Bí thư Huyện ủy']])],
  # new period
  [t('Huyện ủy Bảo Yên giao ban quý I năm 2023 vào ngày nào?', 'when', ['222'], [date(30, 3, 2023)]),
   t('Còn 9 tháng năm 2022 thì sao?', 'when', ['200'], [date(28, 9, 2022)]),
   t('Trong 9 tháng đó huyện kết nạp bao nhiêu đảng viên mới?', 'howmany', ['200'], [['96']])],
  # English "and the year before?" with nothing to find
  [t('When did the Phú Quý district Party Executive Committee hold its 2019 year-end review?', 'when', ['226'], [date(18, 12, 2019)], 'answer', {'lang': 'en'}),
   t('And the year before?', 'none', [], [], 'none', {'lang': 'en'})],
  # new period on another body of the same kind, then "ông ấy"
  [t('Ai chủ trì hội nghị tổng kết năm 2020 của Ban Chỉ đạo 35 tỉnh Gia Lai?', 'who', ['215'], [['Phan Đình Tuân']]),
   t('Còn sơ kết 6 tháng đầu năm 2023 thì sao?', 'who', ['205', '206'], [['Lê Quang Thức']]),
   t('Ông ấy giữ chức gì?', 'who', ['205', '206'], [['Phó Bí thư Thường trực Tỉnh ủy']])],
  # new place for a figure, then a new figure on the same meeting
  [t('9 tháng năm 2023 Thành ủy Bắc Kạn kết nạp bao nhiêu đảng viên?', 'howmany', ['223'], [['52']]),
   t('La Gi thì sao?', 'howmany', ['224'], [['75']]),
   t('Tổng thu ngân sách nhà nước trên địa bàn đạt bao nhiêu?', 'howmany', ['224'], [num('287,5')])],
  # comparison with the last figure
  [t('6 tháng đầu năm 2023, tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến toàn trình ở Thái Bình đạt bao nhiêu?', 'howmany', ['207'], [num('41,3')]),
   t('Tăng bao nhiêu so với cùng kỳ?', 'howmany', ['207'], [num('12,6')])],
  [t('Thu ngân sách quý I năm 2019 của huyện Kiến Xương đạt bao nhiêu?', 'howmany', ['218'], [num('47,3')]),
   t('Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp tăng bao nhiêu % so với cùng kỳ?', 'howmany', ['218'], [num('12,4')]),
   t('Ai chủ trì hội nghị đó?', 'who', ['218'], [['Vũ Đức Thuận']])],
  [t('Thu ngân sách nhà nước 6 tháng đầu năm 2023 của huyện Sơn Dương đạt bao nhiêu?', 'howmany', ['208'], [num('118,7')]),
   t('Bằng bao nhiêu phần trăm dự toán?', 'howmany', ['208'], [num('54,2')]),
   t('Giá trị sản xuất nông, lâm nghiệp, thủy sản tăng bao nhiêu so với cùng kỳ?', 'howmany', ['208'], [num('4,1')])],
  # English "what about…"
  [t('Who chaired the 9-month 2023 briefing of the Bắc Kạn city Party Committee?', 'who', ['223'], [['Lương Thị Quỳnh Nga']], 'answer', {'lang': 'en'}),
   t('What about La Gi?', 'who', ['224'], [['Cao Văn Thọ']], 'answer', {'lang': 'en'}),
   t('When was that meeting held?', 'when', ['224'], [date(5, 10, 2023)], 'answer', {'lang': 'en'})],
  [t('How many new party members did Chiêm Hóa district admit in Q1 2024?', 'howmany', ['220'], [['46']], 'answer', {'lang': 'en'}),
   t('What about An Khê?', 'howmany', ['227'], [['19']], 'answer', {'lang': 'en'})],
  # yes/no in context
  [t('Ai chủ trì giao ban quý I năm 2024 của Thị ủy An Khê?', 'who', ['227'], [['Bùi Ngọc Thạch']]),
   t('Có phải hội nghị đó họp ngày 2/4/2024 không?', 'yesno', ['227'], [YES])],
  [t('Thị ủy La Gi giao ban 9 tháng năm 2023 do ai chủ trì?', 'who', ['224'], [['Cao Văn Thọ']]),
   t('Có phải hội nghị đó tổ chức ngày 3/10/2023 không?', 'yesno', ['224'], [NO, date(5, 10, 2023)])],
  [t('Ai chủ trì giao ban quý II năm 2022 của Huyện ủy Chợ Đồn?', 'who', ['209'], [['Hà Văn Tuyển']]),
   t('Có phải ông ấy chủ trì hội nghị đó không?', 'yesno', ['209'], [YES])],
  [t('Ai chủ trì giao ban quý I năm 2019 của Ban Thường vụ Huyện ủy Kiến Xương?', 'who', ['218'], [['Vũ Đức Thuận']]),
   t('Có phải bà Quan Thị Mừng chủ trì hội nghị đó không?', 'yesno', ['218'], [NO])],
  [t('When did Tuy Phong district hold its Q2 2022 briefing?', 'when', ['210'], [['7/7', '07/7', '07/07', '~July 7', '~7 July']], 'answer', {'lang': 'en'}),
   t('Was it chaired by Tăng Thị Kim Thoa?', 'yesno', ['210'], [['~Yes']], 'answer', {'lang': 'en'})],
  # a full new question replaces the context
  [t('Ai chủ trì giao ban Khối Đảng quý III năm 2020 của Huyện ủy Bát Xát?', 'who', ['203'], [['Vương Thị Hải Yến']]),
   t('Thị ủy An Khê giao ban quý I năm 2024 vào ngày nào?', 'when', ['227'], [date(2, 4, 2024)]),
   t('Ai chủ trì?', 'who', ['227'], [['Bùi Ngọc Thạch']])],
  [t('Năm 2019 Đảng bộ huyện Phú Quý kết nạp bao nhiêu đảng viên mới?', 'howmany', ['226'], [['54']]),
   t('Huyện ủy Tuy Phong giao ban quý II năm 2022 do ai chủ trì?', 'who', ['210'], [['Tăng Thị Kim Thoa']]),
   t('Trong 6 tháng đó các chi, đảng bộ kết nạp bao nhiêu đảng viên?', 'howmany', ['210'], [['67']])],
  [t('Ai chủ trì hội nghị giao ban Khối Đảng quý I năm 2021 ở Mường Lay?', 'who', ['000'], [['Ngôn Ngọc Khuê']]),
   t('Ban Chỉ đạo Chuyển đổi số tỉnh Thái Bình sơ kết 6 tháng đầu năm 2023 vào ngày nào?', 'when', ['207'], [date(18, 7, 2023)])],
  # follow-ups that nothing answers: the meeting in context must not be answered instead
  [t('Ai chủ trì giao ban quý I năm 2024 của Ban Thường vụ Huyện ủy Chiêm Hóa?', 'who', ['220'], [['Quan Thị Mừng']]),
   none('Năm trước thì sao?')],
  [t('Huyện ủy Bảo Yên giao ban quý I năm 2023 do ai chủ trì?', 'who', ['222'], [['Lục Văn Khởi']]),
   t('and the year before?', 'none', [], [], 'none', {'lang': 'en'})],
  [t('Huyện ủy Chợ Đồn giao ban quý II năm 2022 vào ngày nào?', 'when', ['209'], [date(4, 7, 2022)]),
   none('Ba Bể thì sao?')],
  [t('Mường Lay giao ban Khối Đảng quý I năm 2021 vào ngày nào?', 'when', ['000'], [date(31, 3, 2021)]),
   none('Còn quý III năm 2020?')],
  [t('Who chaired the Tiền Hải district Party Executive Committee\'s 2020 year-end review?', 'who', ['219'], [['Bùi Thị Mến']], 'answer', {'lang': 'en'}),
   t('When was it held?', 'when', ['219'], [date(25, 12, 2020)], 'answer', {'lang': 'en'}),
   t('What about 2021?', 'none', [], [], 'none', {'lang': 'en'})],
  # clarification: one meeting wanted, several match; a tap answers for the choice
  [t('Ai chủ trì giao ban quý III năm 2020?', 'who', ['203', '204'], [['Bát Xát'], ['Ba Đồn']], 'clarify'),
   t('Ba Đồn', 'who', ['204'], [['Trương Công Diệm']], 'answer', {'choose': 'Ba Đồn'}),
   t('Hội nghị đó tổ chức ngày nào?', 'when', ['204'], [date(8, 10, 2020)])],
  [t('Hội nghị sơ kết 6 tháng đầu năm 2023 họp ngày nào?', 'when', ['205', '206', '207', '208'], [['Gia Lai'], ['Thái Bình'], ['Sơn Dương']], 'clarify'),
   t('Sơn Dương', 'when', ['208'], [['11/7', '~July 11']], 'answer', {'choose': 'Sơn Dương'}),
   t('Ai chủ trì?', 'who', ['208'], [['Đinh Công Luận']])],
  [t('Liệt kê các hội nghị giao ban quý I năm 2024.', 'list', ['227', '220'], [['An Khê'], ['Chiêm Hóa']]),
   t('Ai chủ trì hội nghị đó?', 'who', ['227', '220'], [['An Khê'], ['Chiêm Hóa']], 'clarify'),
   t('An Khê', 'who', ['227'], [['Bùi Ngọc Thạch']], 'answer', {'choose': 'An Khê'})],
  [t('Thường trực Tỉnh ủy Sóc Trăng làm việc với Thị ủy Vĩnh Châu vào ngày nào?', 'when', ['216', '217'], [['2019'], ['2022']], 'clarify'),
   t('2022', 'when', ['217'], [date(11, 11, 2022)], 'answer', {'choose': '2022'}),
   t('Ai chủ trì buổi làm việc đó?', 'who', ['217'], [['Lâm Hoàng Phúc']])],
  # "ông ấy" and new targets on the same meeting
  [t('Ai chủ trì hội nghị sơ kết 6 tháng đầu năm 2024 của Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện Kế Sách?', 'who', ['228'], [['Huỳnh Thanh Sang']]),
   t('Ông ấy giữ chức gì?', 'who', ['228'], [['Chủ tịch UBND huyện']]),
   t('Huyện còn bao nhiêu hộ nghèo?', 'howmany', ['228'], [num('1.126')])],
  [t('Thị ủy Ngã Năm giao ban 9 tháng năm 2022 vào ngày nào?', 'when', ['202'], [date(4, 10, 2022)]),
   t('Đảng bộ thị xã có bao nhiêu đảng viên?', 'howmany', ['202'], [['1.974', '1974']]),
   t('Còn Bảo Yên?', 'howmany', ['200'], [['3.742', '3742']])],
  [t('Who chaired the Q3 2021 briefing of the Quỳnh Phụ district Party Committee?', 'who', ['229'], [['Tạ Quang Vinh'], ['Hoàng Văn Khiết']], 'answer', {'lang': 'en'}),
   t('How many party members were admitted in the first nine months?', 'howmany', ['229'], [['176']], 'answer', {'lang': 'en'}),
   t('And the year before?', 'none', [], [], 'none', {'lang': 'en'})],
  [t('Ai làm trưởng đoàn công tác của Thường trực Tỉnh ủy Gia Lai làm việc với Ban Thường vụ Huyện ủy Chư Sê?', 'who', ['214'], [['Đặng Hữu Tài']]),
   t('Ông ấy giữ chức vụ gì?', 'who', ['214'], [['Phó Bí thư Thường trực Tỉnh ủy']]),
   t('Buổi làm việc đó diễn ra ngày nào?', 'when', ['214'], [date(5, 11, 2019)])],
  [t('Thường trực Tỉnh ủy Quảng Bình làm việc với Ban Thường vụ Huyện ủy Minh Hóa vào ngày nào?', 'when', ['213'], [date(26, 8, 2021)]),
   t('Buổi làm việc đó tổ chức ở đâu?', 'where', ['213'], [['hội trường Huyện ủy']]),
   t('Ai làm trưởng đoàn?', 'who', ['213'], [['Lê Hữu Phước']])],
  [t('6 tháng đầu năm 2021 Sa Pa đón bao nhiêu lượt khách?', 'howmany', ['221'], [['412.600', '412600']]),
   t('So với cùng kỳ thì thế nào?', 'howmany', ['221'], [num('38,4')]),
   t('Ai chủ trì hội nghị đó?', 'who', ['221'], [['Tẩn Văn Lình']])],
  [t('Năm 2023 Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở thành phố Đồng Hới khen thưởng bao nhiêu tập thể?', 'howmany', ['225'], [['12']]),
   t('Còn bao nhiêu cá nhân?', 'howmany', ['225'], [['18']]),
   t('Hội nghị tổng kết đó tổ chức ngày nào?', 'when', ['225'], [date(10, 1, 2024)])],
  # new period landing on an earlier meeting of the same body, then a figure of it
  [t('Ban Thường vụ Huyện ủy Chiêm Hóa giao ban quý I năm 2024 vào ngày nào?', 'when', ['220'], [date(29, 3, 2024)]),
   t('Còn 9 tháng năm 2022 thì sao?', 'when', ['201'], [date(30, 9, 2022)]),
   t('Thu ngân sách đạt bao nhiêu?', 'howmany', ['201'], [num('71,6')])],
  [t('Tổng thu ngân sách quý I năm 2024 của thị xã An Khê đạt bao nhiêu?', 'howmany', ['227'], [num('46,7')]),
   t('Bằng bao nhiêu phần trăm dự toán?', 'howmany', ['227'], [num('24,1')]),
   t('Chiêm Hóa thì sao?', 'howmany', ['220'], [num('27,6')])],
  # new place and new period at once
  [t('Quý III năm 2020 Huyện ủy Bát Xát kết nạp bao nhiêu đảng viên?', 'howmany', ['203'], [['47']]),
   t('Ủy ban Kiểm tra Huyện ủy đã thi hành kỷ luật bao nhiêu đảng viên?', 'howmany', ['203'], [['5']]),
   t('Còn Quỳnh Phụ 9 tháng năm 2021 thì sao?', 'howmany', ['229'], [['6']])],
  [t('Bí thư Thị ủy Ba Đồn yêu cầu xử lý nghiêm vi phạm gì tại giao ban quý III năm 2020?', 'what', ['204'], [['khai thác cát']]),
   t('Ông ấy là ai?', 'who', ['204'], [['Trương Công Diệm']])],
]


def main():
    corpora = sys.argv[1:] or [os.path.join(HERE, '..', '..', 'seeds'),
                               os.path.join(HERE, '..', '..', '..', 'shared', 'eval', 'corpus')]
    texts = {}
    for folder in corpora:
        for f in os.listdir(folder):
            with open(os.path.join(folder, f), encoding='utf-8') as fh:
                texts[re.sub(r'\.[^.]+$', '', f)] = re.sub(r'\s+', ' ', unicodedata.normalize('NFC', fh.read()))
    stems = {stem.split('_')[0]: stem for stem in texts}
    for turn in (x for turns in dialogues for x in turns):
        unknown = [d for d in turn['docs'] if d not in stems]
        if unknown:
            sys.exit(f'build: no article numbered {unknown} in {corpora}; pass the corpus folders as arguments')
        turn['docs'] = [stems[d] for d in turn['docs']]
    problems = []
    lines = []
    for i, turns in enumerate(dialogues):
        did = f's2d{i + 1:02d}'
        for j, turn in enumerate(turns):
            if turn['expect'] == 'clarify':
                continue
            for g in turn['must']:
                checkable = [a for a in g if not a.startswith(UNCHECKED)]
                if checkable and not any(a in texts.get(d, '') for d in turn['docs'] for a in checkable):
                    problems.append(f"{did} turn {j + 1}: none of {json.dumps(checkable, ensure_ascii=False, separators=(',', ':'))} in {','.join(turn['docs'])}")
        clean = [{**x, 'must': [[a.removeprefix(UNCHECKED) for a in g] for g in x['must']]} for x in turns]
        lines.append(json.dumps({'id': did, 'turns': clean}, ensure_ascii=False, separators=(',', ':')))
    with open(os.path.join(HERE, 'dialogues.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(lines) + '\n')
    print(f'{len(lines)} dialogues, {sum(len(d) for d in dialogues)} turns')
    if problems:
        print('\n'.join(problems))
        sys.exit(1)


if __name__ == '__main__':
    main()
