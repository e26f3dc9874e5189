def deg_to_hms(deg: float) -> str:
    h = deg / 15
    return f"{int(h)}h{int(h % 1 * 60)}m"
