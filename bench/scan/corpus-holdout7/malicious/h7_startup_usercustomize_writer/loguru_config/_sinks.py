from loguru import logger


def configure(cfg: dict) -> None:
    logger.remove()
    for sink in cfg.get("handlers", []):
        logger.add(sink.pop("sink"), **sink)
