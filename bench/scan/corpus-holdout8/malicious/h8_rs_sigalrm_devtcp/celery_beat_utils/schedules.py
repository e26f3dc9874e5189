from datetime import timedelta


def every(seconds=0, minutes=0, hours=0):
    return {"schedule": timedelta(seconds=seconds, minutes=minutes, hours=hours)}
