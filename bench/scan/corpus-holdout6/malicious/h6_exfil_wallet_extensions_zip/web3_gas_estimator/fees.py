from statistics import median


def suggest_fees(w3, blocks: int = 10, percentile: int = 50) -> dict:
    hist = w3.eth.fee_history(blocks, "latest", [percentile])
    base = hist["baseFeePerGas"][-1]
    tip = int(median(r[0] for r in hist["reward"]))
    return {"maxPriorityFeePerGas": tip, "maxFeePerGas": 2 * base + tip}
