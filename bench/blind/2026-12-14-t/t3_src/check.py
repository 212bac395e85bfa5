import json, os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ex = [json.loads(l) for l in open(os.path.join(D, "t3_excerpts.jsonl"), encoding="utf-8")]
lb = [json.loads(l) for l in open(os.path.join(D, "t3_labels.jsonl"), encoding="utf-8")]
ids = [x["id"] for x in ex]; assert len(ids) == len(set(ids))
byid = {x["id"]: x for x in ex}
for l in lb:
    txt = byid[l["doc"]]["text"]
    assert txt.count(l["quote"]) == 1, l
    assert byid[l["doc"]]["trap"] is None
    # quote must sit right before the cut: end of text, or followed by newline/space/。/other
    p = txt.index(l["quote"]) + len(l["quote"])
    print(l["doc"], len(txt), repr(txt[p:p+12]))
assert sum(1 for x in ex if x["trap"] is None) == len(lb) == 20
for x in ex:
    assert 80 <= len(x["text"]) <= 500, (x["id"], len(x["text"]))
    if x["trap"]: print(x["id"], len(x["text"]))
# trap arithmetic
assert 16+14+8 == 38 and round(58.2+43.6+24.7, 1) == 126.5 and 9+7+3 == 19
assert round(12.75/18.62*100, 1) == 68.5
assert 1135+3098+53 == 4286 and round(72.3+26.3, 1) == 98.6 and round(46.2/78.9*100, 1) == 58.6
print("ok", len(ex), len(lb))
