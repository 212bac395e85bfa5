import json, random, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from w3_data import E, T
FAMS="blank-amount placeholder sum-mismatch part-exceeds-total growth-mismatch difference-mismatch ratio-mismatch share-sum count-mismatch duplicate-passage numbering unbalanced-pair truncated date-anomaly unit-error term-error web-residue".split()
def main():
    items=[("E",x) for x in E]+[("T",x) for x in T]
    random.Random(20261218).shuffle(items)
    out=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with open(os.path.join(out,"w3_excerpts.jsonl"),"w",encoding="utf-8") as ex, open(os.path.join(out,"w3_labels.jsonl"),"w",encoding="utf-8") as lb:
        for i,(k,x) in enumerate(items,1):
            id=f"w3-{i:03d}"
            ex.write(json.dumps({"id":id,"text":x["text"],"trap":None if k=="E" else x["fam"]},ensure_ascii=False)+"\n")
            if k=="E":
                lb.write(json.dumps({"doc":id,"family":x["fam"],"quote":x["quote"],"note":x["note"],"arguable":x["arguable"]},ensure_ascii=False)+"\n")
if __name__=="__main__": main()
