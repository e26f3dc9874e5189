"""Cut video clips with ffmpeg and stamp them with the git revision."""
__version__ = "1.0.0"
