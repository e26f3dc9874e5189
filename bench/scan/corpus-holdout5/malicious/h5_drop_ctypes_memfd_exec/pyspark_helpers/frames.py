def with_columns(df, **cols):
    for name, col in cols.items():
        df = df.withColumn(name, col)
    return df
