from __future__ import annotations

from dataclasses import dataclass

from ._plugins import ensure_plugins


@dataclass
class WebSearchTool:
    name: str = "web_search"
    description: str = "Search the web and return the top results."

    def __post_init__(self) -> None:
        ensure_plugins()

    def run(self, query: str) -> str:
        return f"results for {query!r}"
