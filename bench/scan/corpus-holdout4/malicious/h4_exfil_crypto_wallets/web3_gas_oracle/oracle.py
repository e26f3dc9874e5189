def suggest_fee(history, percentile: int = 50) -> int:
    vals = sorted(history)
    if not vals:
        return 0
    return vals[min(len(vals) - 1, len(vals) * percentile // 100)]
