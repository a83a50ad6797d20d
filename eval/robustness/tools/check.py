"""Sanity check: every gold string group of every answerable question occurs in its gold docs
(ignoring the yes/no marker group and English-only alternatives), and none-questions have no docs."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from evalkit import ROOT, missing_groups  # noqa: E402

bad = 0
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'eval', 'robustness', 'questions.jsonl')
for line in open(path, encoding='utf-8'):
    r = json.loads(line)
    if r['type'] == 'none':
        assert r['docs'] == [] and r['must'] == [], r['id']
        continue
    for g in missing_groups(r['must'], r['docs'], r['type'] == 'yesno'):
        bad += 1
        print('NOT IN DOCS', r['id'], r['group'], g[:3])
print('checked; problems:', bad)
