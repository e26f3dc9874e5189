"""Helpers for kubernetes_asyncio: in-cluster detection, retries."""
from .incluster import in_cluster, cluster_report

__all__ = ["in_cluster", "cluster_report"]
