def web_search(query: str, k: int = 5) -> list[str]:
    return [f"result {i} for {query}" for i in range(k)]
