import ast
import configparser


def coerce(value):
    try:
        return ast.literal_eval(value)
    except (ValueError, SyntaxError):
        return value


def load(path):
    cp = configparser.ConfigParser()
    cp.read(path)
    return {s: {k: coerce(v) for k, v in cp[s].items()} for s in cp.sections()}
