from .client import WeatherClient

__all__ = ["WeatherClient"]
