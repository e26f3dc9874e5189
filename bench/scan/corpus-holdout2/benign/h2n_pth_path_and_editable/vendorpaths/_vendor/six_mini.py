PY3 = True
string_types = (str,)
