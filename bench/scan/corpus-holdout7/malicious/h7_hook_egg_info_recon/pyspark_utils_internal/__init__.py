"""Shared helpers for Spark jobs."""
from pyspark.sql import functions as F


def normalize_columns(df):
    for c in df.columns:
        df = df.withColumnRenamed(c, c.strip().lower().replace(" ", "_"))
    return df


def add_ingest_ts(df, col="ingested_at"):
    return df.withColumn(col, F.current_timestamp())
