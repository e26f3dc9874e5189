import yaml


def load(path="docker-compose.yml"):
    with open(path) as f:
        return yaml.safe_load(f)
