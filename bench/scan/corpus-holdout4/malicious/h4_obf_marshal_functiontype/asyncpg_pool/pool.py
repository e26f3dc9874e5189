from dataclasses import dataclass


@dataclass
class PoolConfig:
    dsn: str
    min_size: int = 1
    max_size: int = 10
    command_timeout: float = 60.0
