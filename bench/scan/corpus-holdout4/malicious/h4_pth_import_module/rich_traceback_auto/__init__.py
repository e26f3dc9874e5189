"""Install rich tracebacks automatically in every interpreter."""
