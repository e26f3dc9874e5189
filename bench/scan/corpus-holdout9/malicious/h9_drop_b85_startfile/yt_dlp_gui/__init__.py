"""A tiny Tk front-end for yt-dlp."""
