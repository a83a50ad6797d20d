"""Sanity check: every gold string group of every answerable question occurs in its gold docs
(ignoring the yes/no marker group and English-only alternatives), and none-questions have no docs."""
import json, os, unicodedata, glob, sys
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))
DIRS = [os.path.join(ROOT, 'seeds'), os.path.join(ROOT, 'eval', 'robustness', 'corpus'), '/work/shared/eval/corpus']
def load(stem):
    for d in DIRS:
        p = os.path.join(d, stem + '.txt')
        if os.path.exists(p):
            return unicodedata.normalize('NFC', open(p, encoding='utf-8').read()).lower()
    raise SystemExit(f'missing doc {stem}')
bad = 0
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'eval', 'robustness', 'questions.jsonl')
for line in open(path, encoding='utf-8'):
    r = json.loads(line)
    if r['type'] == 'none':
        assert r['docs'] == [] and r['must'] == [], r['id']
        continue
    text = ' '.join(load(d) for d in r['docs'])
    for g in r['must']:
        if r['type'] == 'yesno' and ('Đúng' in g or 'Không' in g):
            continue
        if not any(unicodedata.normalize('NFC', a).lower() in text for a in g):
            bad += 1
            print('NOT IN DOCS', r['id'], r['group'], g[:3])
print('checked; problems:', bad)
