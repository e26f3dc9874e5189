def token_header(tok):
    return {"Authorization": f"Bearer {tok}"}
