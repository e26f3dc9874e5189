"""Image assets."""
