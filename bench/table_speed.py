"""Speed of the table checks: a 2,000-row indicator table, as Markdown and as .docx, and growth with size.

Builds a table of N rows (指标 | 单位 | 本年 | 上年同期 | 同比增长(%) | 全年目标 | 完成进度(%) | 占比(%), every
relation consistent, a 合计 row, a 其中 row every tenth row) with a sentence of prose per 50 rows that
names an indicator of the table (DC205), and times:

- the table analysis alone (the table relations and DC205 through ``find_relations``' table finders),
- a whole lint with every default rule (the prose rules read the cells as lines),
- for .docx, loading the file (python-docx plus the table model) separately from linting.

Times are process CPU seconds, best of ``--repeat``; the growth exponent is the slope of log(time) over
log(rows) for 250 to 4,000 rows (1.0 is linear). Nothing is asserted: the numbers are printed.

usage: python bench/table_speed.py [--rows N] [--repeat N] [--skip-docx]
"""

from __future__ import annotations

import argparse
import io
import math
import time

from draftcheck.document.loader import load_bytes
from draftcheck.engine import lint_text
from draftcheck.numbers.relations import table_text, tables
from draftcheck.rules import CheckContext

HEADER = ["指标", "单位", "本年", "上年同期", "同比增长(%)", "全年目标", "完成进度(%)", "占比(%)"]
SIZES = (250, 500, 1000, 2000, 4000)


def rows_of(n: int) -> list[list[str]]:
    rows = []
    total_value = total_base = total_target = 0
    for i in range(n - 1):
        value, base, target = 1000 + i, 900 + i, 2000 + 2 * i
        label = f"其中：子项{i}" if i % 10 == 9 else f"指标{i}号"
        if i % 10 != 9:
            total_value, total_base, total_target = total_value + value, total_base + base, total_target + target
        rows.append([label, "万元", str(value), str(base), f"{(value / base - 1) * 100:.1f}", str(target),
                     f"{value / target * 100:.1f}", "—"])
    rows.append(["合计", "万元", str(total_value), str(total_base), f"{(total_value / total_base - 1) * 100:.1f}",
                 str(total_target), f"{total_value / total_target * 100:.1f}", "100.0"])
    return rows


def prose_of(n: int) -> str:
    return "\n".join(f"全区指标{i}号增长{(1000 + i) / (900 + i) * 100 - 100:.1f}%。" for i in range(0, n - 1, 50) if i % 10 != 9)


def markdown_of(n: int) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + " --- |" * len(HEADER)]
    lines += ["| " + " | ".join(row) + " |" for row in rows_of(n)]
    return "主要指标完成情况\n\n" + "\n".join(lines) + "\n\n" + prose_of(n) + "\n"


def docx_of(n: int) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("主要指标完成情况")
    rows = [HEADER] + rows_of(n)
    table = document.add_table(rows=len(rows), cols=len(HEADER))
    for r, row in enumerate(rows):
        cells = table.rows[r].cells
        for c, value in enumerate(row):
            cells[c].text = value
    for line in prose_of(n).split("\n"):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def best(function, repeat: int) -> float:
    fastest = math.inf
    for _ in range(repeat):
        started = time.process_time()
        function()
        fastest = min(fastest, time.process_time() - started)
    return fastest


def table_relations(text: str, doc_tables=None) -> list:
    ctx = CheckContext(text, tables=doc_tables)
    return tables.find(ctx) + table_text.find(ctx)


def exponent(sizes, times) -> float:
    xs, ys = [math.log(s) for s in sizes], [math.log(max(t, 1e-6)) for t in times]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-docx", action="store_true")
    args = parser.parse_args()

    text = markdown_of(args.rows)
    relations = table_relations(text)
    outcomes: dict[str, int] = {}
    for relation in relations:
        key = f"{relation.kind}/{relation.outcome.value}"
        outcomes[key] = outcomes.get(key, 0) + 1
    print(f"Markdown table of {args.rows} rows ({len(text):,} characters): relations {dict(sorted(outcomes.items()))}")
    print(f"  table relations alone   {best(lambda: table_relations(text), args.repeat):7.3f} s")
    print(f"  lint, every rule        {best(lambda: lint_text(text), args.repeat):7.3f} s")

    if not args.skip_docx:
        data = docx_of(args.rows)
        doc = load_bytes(data, "bench.docx")
        print(f".docx table of {args.rows} rows ({len(data):,} bytes, {len(doc.text):,} characters of text)")
        print(f"  load (python-docx + table model) {best(lambda: load_bytes(data, 'bench.docx'), args.repeat):7.3f} s")
        print(f"  table relations alone   {best(lambda: table_relations(doc.text, doc.tables), args.repeat):7.3f} s")
        print(f"  lint, every rule        {best(lambda: lint_text(doc.text, tables=doc.tables), args.repeat):7.3f} s")

    times = []
    for size in SIZES:
        sized = markdown_of(size)
        times.append(best(lambda: table_relations(sized), args.repeat))
    cells = ", ".join(f"{s}: {t:.3f} s" for s, t in zip(SIZES, times))
    print(f"growth of the table relations over rows ({cells}): exponent {exponent(SIZES, times):.2f}")


if __name__ == "__main__":
    main()
