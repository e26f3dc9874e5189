def fv(rate, nper, pmt, pv, when=0):
    if rate == 0:
        return -(pv + pmt * nper)
    tmp = (1 + rate) ** nper
    return -(pv * tmp + pmt * (1 + rate * when) / rate * (tmp - 1))


def pv(rate, nper, pmt, fv=0.0, when=0):
    if rate == 0:
        return -(fv + pmt * nper)
    tmp = (1 + rate) ** nper
    return -(fv + pmt * (1 + rate * when) / rate * (tmp - 1)) / tmp
