"""Helpers shared by the frozen sets' build and check scripts (eval/robustness, eval/dialogues),
so both sets grade answers the same way: document stems, answer variants (unaccented spelling,
number groupings, date formats), yes/no markers, and the article lookup of the check scripts."""
import os
import unicodedata

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
# Where the articles of both sets live: the project's seeds and robustness corpus, and the shared
# dev corpus beside the project.
DIRS = [os.path.join(ROOT, 'seeds'), os.path.join(ROOT, 'eval', 'robustness', 'corpus'),
        os.path.join(ROOT, '..', 'shared', 'eval', 'corpus')]

S = {  # doc stems
    '300': '300_a303b31c33c8e3d5', '301': '301_4f96e8311af62e6d', '302': '302_9e06e7f56bc2c85c',
    '303': '303_298807bdc6550a73', '304': '304_2b34d7556b6844e7', '305': '305_d59d849495568d52',
    '306': '306_1c572d50a58047c9', '307': '307_e5b049bc9aa2c828',
    's000': '000_0c95c87bab80c7cf', 's001': '001_56a5bdce7b9e82f6', 's002': '002_31ae2237aeafa83e',
    's003': '003_8fc4396257645532', 's004': '004_f66d6dc4a8e384f9',
    '201': '201_0d855e1c619dad71', '205': '205_35fdec40f7739cd4', '206': '206_095307332695558b',
    '207': '207_4d18826999375753', '209': '209_5e19d67a783e3569', '210': '210_58fc6ed89f282c27',
    '215': '215_512d30215f932881', '216': '216_c4d876f2aa202c45', '217': '217_ec757d8eecfa0eac',
    '228': '228_8ad5bc233606faca',
}

MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']


def strip(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    return unicodedata.normalize('NFC', s)


# The date spellings the frozen sets accept (str.format fields: d, dd, m, mm, y, Month).
DATE_FORMS = ['{d}/{m}/{y}', '{dd}/{mm}/{y}', '{d}-{m}-{y}', '{dd}-{mm}-{y}', '{Month} {d}', '{d} {Month}']


def date_variants(d, m, y, forms):
    """A date spelt in each of `forms` (str.format fields d, dd, m, mm, y, Month), repeats dropped."""
    fields = {'d': d, 'dd': f'{d:02d}', 'm': m, 'mm': f'{m:02d}', 'y': y, 'Month': MONTHS[m - 1]}
    return list(dict.fromkeys(f.format(**fields) for f in forms))


def D(d, m, y):
    """Date variants: d/m/yyyy, dd/mm/yyyy, d-m-yyyy, dd-mm-yyyy, English."""
    return date_variants(d, m, y, DATE_FORMS)


def N(s, *extra, regroup=True):
    """Number variants: 4.126 / 4126 / 4,126 (English grouping); 41,82 / 41.82.
    regroup=False: only the decimal comma as a point (41,82 / 41.82), groupings left as written."""
    v = [s]
    if '.' in s and ',' not in s:
        if regroup:
            v += [s.replace('.', ''), s.replace('.', ',')]
    elif ',' in s and '.' not in s:
        v += [s.replace(',', '.')]
    elif ',' in s and '.' in s:
        v += [s.replace('.', '').replace(',', '.')]
    v += list(extra)
    return list(dict.fromkeys(v))


YES = ['Đúng', 'Yes']
NO = ['Không', 'No,', 'No.', 'No ', 'No:', 'No -']


def load(stem):
    """An article's text, NFC and lower-case, by its file stem."""
    for d in DIRS:
        p = os.path.join(d, stem + '.txt')
        if os.path.exists(p):
            return unicodedata.normalize('NFC', open(p, encoding='utf-8').read()).lower()
    raise SystemExit(f'missing doc {stem}')


def missing_groups(must, docs, yesno):
    """The gold string groups none of whose alternatives occurs in the docs (yes/no verdict groups skipped)."""
    text = ' '.join(load(d) for d in docs)
    out = []
    for g in must:
        if yesno and ('Đúng' in g or 'Không' in g):
            continue
        if not any(unicodedata.normalize('NFC', a).lower() in text for a in g):
            out.append(g)
    return out
