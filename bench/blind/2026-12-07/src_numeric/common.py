# helpers for the numeric blind set
L = []
def E(fam, text, quote, note, arguable=False):
    L.append(dict(fam=fam, text=text, trap=None, quote=quote, note=note, arguable=arguable))
def T(fam, text):
    L.append(dict(fam=fam, text=text, trap=fam, quote=None, note=None, arguable=False))
def near(a, b, d):
    """b written with d decimals; a is exact: consistent if |a-b| <= half unit (+eps)"""
    return abs(a - b) <= 0.5 * 10**(-d) + 1e-9
def must(cond, msg=""):
    assert cond, msg
