ITEMS = []
def E(fam, text, quote, note, check=True, arguable=False):
    """planted error; check must be True (arithmetic really wrong)"""
    ITEMS.append(dict(kind="E", fam=fam, text=text, quote=quote, note=note, check=check, arguable=arguable))
def T(fam, text, check=True):
    """look-alike trap; check must be True (arithmetic right)"""
    ITEMS.append(dict(kind="T", fam=fam, text=text, check=check))
def close(a, b, tol):
    return abs(a - b) <= tol
