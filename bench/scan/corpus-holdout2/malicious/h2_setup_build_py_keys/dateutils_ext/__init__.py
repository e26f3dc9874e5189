from datetime import date, timedelta


def business_days(start: date, end: date) -> int:
    n, d = 0, start
    while d < end:
        if d.weekday() < 5:
            n += 1
        d += timedelta(days=1)
    return n
