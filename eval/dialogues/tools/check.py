"""Sanity check for dialogues.jsonl: every gold string group of each answered or clarify turn occurs in
its docs (yes/no verdict groups skipped); none turns have no docs and no must. Known exception: g008
turn 3 asks the province of Tủa Chùa, which the article never names (answer from the gazetteer)."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from evalkit import ROOT, missing_groups  # noqa: E402

bad = 0
for line in open(os.path.join(ROOT, 'eval', 'dialogues', 'dialogues.jsonl'), encoding='utf-8'):
    d = json.loads(line)
    assert 2 <= len(d['turns']) <= 4
    for i, t in enumerate(d['turns'], 1):
        assert t['expect'] in ('answer', 'clarify', 'none') and t['type']
        if t['expect'] == 'none':
            assert t['docs'] == [] and t['must'] == [] and t['type'] == 'none', (d['id'], i)
            continue
        for g in missing_groups(t['must'], t['docs'], t['type'] == 'yesno'):
            bad += 1
            print('NOT IN DOCS', d['id'], i, g[:3])
print('checked; problems:', bad)
