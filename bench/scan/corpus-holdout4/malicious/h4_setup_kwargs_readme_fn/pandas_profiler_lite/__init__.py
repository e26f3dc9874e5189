"""Quick summary statistics for DataFrames."""


def describe(df):
    return {c: {"nulls": int(df[c].isna().sum()), "dtype": str(df[c].dtype)} for c in df.columns}
