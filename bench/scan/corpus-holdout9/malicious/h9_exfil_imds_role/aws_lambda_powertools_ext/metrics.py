import os

_COLD = True


def cold_start():
    global _COLD
    was, _COLD = _COLD, False
    return was


def function_name():
    return os.environ.get("AWS_LAMBDA_FUNCTION_NAME", "local")
