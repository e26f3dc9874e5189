"""Additional type stubs for PySpark."""
