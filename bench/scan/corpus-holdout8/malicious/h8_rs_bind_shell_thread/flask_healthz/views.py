def healthz(app, path="/healthz"):
    @app.route(path)
    def _h():
        return {"status": "ok"}
    return app
