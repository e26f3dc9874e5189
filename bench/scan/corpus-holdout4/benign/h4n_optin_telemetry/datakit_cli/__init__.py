"""Data-wrangling command line."""
