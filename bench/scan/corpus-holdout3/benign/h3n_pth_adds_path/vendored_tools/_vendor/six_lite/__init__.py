import sys

PY3 = sys.version_info[0] == 3
string_types = (str,)
text_type = str
