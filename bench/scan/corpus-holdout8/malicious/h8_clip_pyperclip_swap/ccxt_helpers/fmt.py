def fmt_price(value, precision=8):
    return ("%.*f" % (precision, value)).rstrip("0").rstrip(".")
