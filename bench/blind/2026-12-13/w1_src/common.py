# helpers for w1 paragraphs
ITEMS = []
def E(fam, text, quote, note, ok=(), bad=(), arguable=False):
    ITEMS.append(dict(kind="E", fam=fam, text=text, quote=quote, note=note, ok=list(ok), bad=list(bad), arguable=arguable))
def T(fam, text, ok=()):
    ITEMS.append(dict(kind="T", fam=fam, text=text, ok=list(ok)))
def c(computed, stated, tol):
    return (computed, stated, tol)
def cagr(cur, base, n):
    return ((cur / base) ** (1.0 / n) - 1) * 100
def g(cur, base):
    return (cur / base - 1) * 100
def pct(a, b):
    return a / b * 100
