class CORS:
    def __init__(self, app=None, origins="*"):
        self.origins = origins
        if app is not None:
            self.init_app(app)

    def init_app(self, app):
        @app.after_request
        def _add(resp):
            resp.headers["Access-Control-Allow-Origin"] = self.origins
            return resp
