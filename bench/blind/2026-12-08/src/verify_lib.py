def eval_check(c):
    k = c["k"]
    if k == "sum":
        return abs(sum(c["parts"]) - c["total"]) <= c["tol"]
    if k == "le_sum":
        return sum(c["parts"]) <= c["total"]
    if k == "le":
        return c["part"] <= c["total"]
    if k == "growth":
        return abs((c["cur"] / c["base"] - 1) * 100 - c["g"]) <= c["tol"]
    if k == "cagr":
        return abs(((c["cur"] / c["base"]) ** (1 / c["n"]) - 1) * 100 - c["g"]) <= c["tol"]
    if k == "double":
        return 1.95 <= c["cur"] / c["base"] <= 2.3
    if k == "times_growth":
        return abs(c["cur"] / c["base"] - 1 - c["g"]) <= c["tol"]
    if k == "diff":
        return abs((c["cur"] - c["base"]) - c["d"]) <= c["tol"]
    if k == "ratio":
        return abs(c["a"] / c["b"] * c["scale"] - c["p"]) <= c["tol"]
    if k == "count":
        return c["n"] == c["items"]
    if k == "count_ge":
        return c["n"] >= c["items"]
    if k == "share":
        return abs(sum(c["parts"]) - c["total"]) <= c["tol"]
    raise ValueError(k)
