def validate(schema, data):
    t = schema.get("type")
    mapping = {"object": dict, "array": list, "string": str, "number": (int, float), "boolean": bool}
    if t and not isinstance(data, mapping[t]):
        raise ValueError(f"expected {t}")
    return data
