# helpers shared by the per-family paragraph files
ITEMS = []

def E(fam, text, quote, note, arguable=False):
    ITEMS.append(dict(fam=fam, trap=None, text=text, quote=quote, note=note, arguable=arguable))

def T(fam, text):
    ITEMS.append(dict(fam=fam, trap=fam, text=text))

def ok(cond, msg=""):
    # trap arithmetic must hold / error arithmetic must be wrong: asserted at generation time
    assert cond, msg

def near(a, b, tol):
    return abs(a - b) <= tol + 1e-9

def pct(a, b, d=1):
    return round(a / b * 100, d)

def f(x, d=1):
    return f"{x:.{d}f}"
