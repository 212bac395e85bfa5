"""Adversarial inputs (long runs of 合计, 其中, brackets, separators, numerals): lint time per character
against an ordinary report of the same length, and the growth exponent of duplicate detection.

The tests check that these inputs do not crash; their speed is measured here, never asserted in a timed
test (issue 10). A ratio far above 1 (say 20) means a pattern backtracks on that shape; a growth
exponent near 2 means a quadratic step. Times are process CPU seconds, best of --repeat.

usage: python bench/adversarial.py [--repeat N]
"""

from __future__ import annotations

import argparse
import math
import time

from draftcheck.engine import default_rules, lint_text

ORDINARY = "园区全年完成固定资产投资48.6亿元，同比增长12.3%，其中工业投资31.2亿元、基础设施投资17.4亿元。\n"
ITEMS = "、".join(f"企业{n}" for n in range(5000))
CASES = {
    "totals: 其中 list repeated": "其中A 12万元、B 3万元，合计15万元；" * 2000,
    "totals: 合计 run": "合计" * 5000 + "12万元",
    "totals: 其中 run": "其中" * 5000,
    "totals: nested brackets": "（" * 3000 + "其中12万元" + "）" * 3000,
    "totals: figure-colon run": "3个：" * 2000,
    "totals: 分别为 run": "3个，分别为2个、" * 2000,
    "totals: 共 run": "共3个，" * 2000,
    "totals: table pasted as text": "\t".join(["合计", "1.2万元", "3.4万元", "其中", "56万元", "共", "7家"] * 1500),
    "shares: percent run": "满意1%，" * 3000,
    "ratios: long ratio": "产业结构为" + "1:" * 3000 + "1",
    "counts: 5000 items": f"引进{ITEMS}等3家企业。以下5000个项目：{ITEMS}。",
    "counts: separators": "3家、" * 5000 + "三个方面：" * 2000 + "、" * 20000 + "等" * 5000 + "4家企业",
    "counts: unbalanced quotes": "以下3个项目：" + "（" * 3000 + "甲、乙" + "）" * 3000 + "、丙。" + "“" * 5000 + "2个",
    "shares: 分别为 run of shares": "3个，分别为2%、" * 4000,
    "shares: 分别为 run of shares in words": "3个，分别为百分之二、" * 2000 + "3个，分别为二成、" * 2000,
    "shares: sub-shares run": "A占全市外贸总额的1%，其中" * 5000,
    "shares: counted names": "分为" + "、".join(f"类{i}" for i in range(10_000)) + "三类，占比分别为" + "1%、" * 10_000 + "1%。",
    "ratios: per-population run": "按常住人口38.7万人计算，每千人口" * 5000 + "医师3.6人。",
    "ratios: colon ratio run": "城乡居民收入比缩小到1.86∶1，" * 5000,
    "ratios: target and excess run": "超出年度目标2.6亿元，完成年度目标50亿元的105.2%，" * 3000,
    "growth: doubling run": "由18.6亿元增加到31.2亿元，四年实现翻一番，" * 3000,
    "differences: named comparisons run": "低于全市1个百分点，全市平均水平为2%，" * 3000,
    "growth: 多 after 比 run": "多1" * 20_000 + "比上年多1个" * 3000,
    "averages: per-word run": "每公里1元每张1人平均每馆1册地均1亿元/平方公里" * 2000,
    "tables: pipe rows joined by ；": "指标｜1｜2｜3 ；" * 5000,
    "statements: comma line breaks": "，\n" * 50_000 + "增长3%。",
    "quantities: digit groups": "1,2,3,4,5," * 100 + "万元",
    "quantities: full-width digits": "１２．５" * 500,
    "quantities: numeral run": "十百千万亿" * 200 + "元",
    "quantities: dash ranges": "2-" * 500 + "5亿元",
}


def best_seconds(text: str, rules, repeat: int) -> float:
    best = math.inf
    for _ in range(repeat):
        started = time.process_time()
        lint_text(text, rules)
        best = min(best, time.process_time() - started)
    return best


def ordinary(length: int) -> str:
    return (ORDINARY * (length // len(ORDINARY) + 1))[:length]


def duplicate_growth(repeat: int) -> float:
    paragraph = "园区全年新开工项目{n}个，完成固定资产投资{n}.5亿元，同比增长{n}.3%，其中工业投资{n}亿元。\n"
    rules = [r for r in default_rules() if r.code == "DC401"]
    sizes, seconds = [], []
    for size in (12_500, 25_000, 50_000, 100_000):
        text = "".join(paragraph.format(n=n) for n in range(size // 40))[:size]
        sizes.append(len(text))
        seconds.append(max(best_seconds(text, rules, repeat), 1e-6))
    xs, ys = [math.log(s) for s in sizes], [math.log(t) for t in seconds]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    rules = default_rules()
    print(f"{'input':34} {'chars':>7} {'seconds':>8} {'ordinary':>8} {'ratio':>6}")
    for name, text in CASES.items():
        took = best_seconds(text, rules, args.repeat)
        base = max(best_seconds(ordinary(len(text)), rules, args.repeat), 1e-4)
        print(f"{name:34} {len(text):7d} {took:8.3f} {base:8.3f} {took / base:6.1f}")
    print(f"DC401 growth exponent (12.5k-100k chars): {duplicate_growth(args.repeat):.2f}  (1.0 = linear)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
