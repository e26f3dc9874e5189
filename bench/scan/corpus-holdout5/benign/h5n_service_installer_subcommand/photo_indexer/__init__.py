"""Index photo libraries and serve thumbnails."""
