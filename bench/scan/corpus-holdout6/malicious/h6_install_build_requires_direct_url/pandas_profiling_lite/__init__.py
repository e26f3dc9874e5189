"""Quick one-line descriptive statistics for DataFrames."""
from __future__ import annotations


def profile(df) -> dict:
    return {
        "rows": len(df),
        "columns": list(df.columns),
        "nulls": df.isna().sum().to_dict(),
        "dtypes": {c: str(t) for c, t in df.dtypes.items()},
    }
