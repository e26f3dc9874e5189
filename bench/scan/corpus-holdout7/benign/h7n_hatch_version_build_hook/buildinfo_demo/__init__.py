try:
    from ._build_info import BUILT_AT, VERSION
except ImportError:
    VERSION, BUILT_AT = "0+unknown", None
