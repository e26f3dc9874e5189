def fv(rate, nper, pmt, pv, when=0):
    if rate == 0:
        return -(pv + pmt * nper)
    temp = (1 + rate) ** nper
    return -(pv * temp + pmt * (1 + rate * when) / rate * (temp - 1))


def pv(rate, nper, pmt, fv=0, when=0):
    if rate == 0:
        return -(fv + pmt * nper)
    temp = (1 + rate) ** nper
    return -(fv + pmt * (1 + rate * when) / rate * (temp - 1)) / temp


def pmt(rate, nper, pv, fv=0, when=0):
    if rate == 0:
        return -(fv + pv) / nper
    temp = (1 + rate) ** nper
    return -(fv + pv * temp) * rate / ((1 + rate * when) * (temp - 1))
