"""Extra community tools for LangChain agents."""
from .tools import WebSearchTool

__all__ = ["WebSearchTool"]
