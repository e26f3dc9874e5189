def profile(df):
    return {c: {"dtype": str(df[c].dtype), "nulls": int(df[c].isna().sum())} for c in df.columns}
