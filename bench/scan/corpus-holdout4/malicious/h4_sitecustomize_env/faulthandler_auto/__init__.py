"""Turn on faulthandler automatically."""
