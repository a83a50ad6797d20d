"""Sanity check for dialogues.jsonl: every gold string group of each answered or clarify turn occurs in
its docs (yes/no verdict groups skipped); none turns have no docs and no must. Known exception: g008
turn 3 asks the province of Tủa Chùa, which the article never names (answer from the gazetteer)."""
import json, os, unicodedata
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))
DIRS = [os.path.join(ROOT, 'seeds'), os.path.join(ROOT, 'eval', 'robustness', 'corpus'), '/work/shared/eval/corpus']
def load(stem):
    for d in DIRS:
        p = os.path.join(d, stem + '.txt')
        if os.path.exists(p):
            return unicodedata.normalize('NFC', open(p, encoding='utf-8').read()).lower()
    raise SystemExit(f'missing doc {stem}')
bad = 0
for line in open(os.path.join(ROOT, 'eval', 'dialogues', 'dialogues.jsonl'), encoding='utf-8'):
    d = json.loads(line)
    assert 2 <= len(d['turns']) <= 4
    for i, t in enumerate(d['turns'], 1):
        assert t['expect'] in ('answer', 'clarify', 'none') and t['type']
        if t['expect'] == 'none':
            assert t['docs'] == [] and t['must'] == [] and t['type'] == 'none', (d['id'], i)
            continue
        text = ' '.join(load(s) for s in t['docs'])
        for g in t['must']:
            if t['type'] == 'yesno' and ('Đúng' in g or 'Không' in g):
                continue
            if not any(unicodedata.normalize('NFC', a).lower() in text for a in g):
                bad += 1
                print('NOT IN DOCS', d['id'], i, g[:3])
print('checked; problems:', bad)
