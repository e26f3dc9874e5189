"""Quick one-call profiling report for a DataFrame."""


def profile(df):
    report = {"rows": len(df), "columns": {}}
    for col in df.columns:
        s = df[col]
        info = {"dtype": str(s.dtype), "missing": int(s.isna().sum()), "unique": int(s.nunique())}
        if s.dtype.kind in "if":
            info.update(mean=float(s.mean()), std=float(s.std()), min=float(s.min()), max=float(s.max()))
        report["columns"][col] = info
    return report
