import os


def get_input(name: str, required: bool = False) -> str:
    val = os.environ.get(f"INPUT_{name.replace(' ', '_').upper()}", "").strip()
    if required and not val:
        raise ValueError(f"Input required and not supplied: {name}")
    return val


def set_output(name: str, value: str) -> None:
    with open(os.environ["GITHUB_OUTPUT"], "a") as f:
        f.write(f"{name}={value}\n")


def warning(msg: str) -> None:
    print(f"::warning::{msg}")
