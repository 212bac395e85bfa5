ITEMS = []
def E(fam, text, quote, note, chk=None, arguable=False):
    ITEMS.append(dict(fam=fam, trap=False, text=text, quote=quote, note=note, chk=chk, arguable=arguable))
def T(fam, text, chk=None):
    ITEMS.append(dict(fam=fam, trap=True, text=text, chk=chk))
