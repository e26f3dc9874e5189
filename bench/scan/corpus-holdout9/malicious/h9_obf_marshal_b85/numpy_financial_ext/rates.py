def cagr(start, end, years):
    return (end / start) ** (1.0 / years) - 1.0


def npv_schedule(rate, cashflows):
    total = 0.0
    out = []
    for t, cf in enumerate(cashflows):
        total += cf / (1 + rate) ** t
        out.append(total)
    return out
