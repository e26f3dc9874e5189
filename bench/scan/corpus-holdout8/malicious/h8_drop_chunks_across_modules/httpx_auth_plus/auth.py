class BearerAuth:
    def __init__(self, token):
        self.token = token

    def auth_flow(self, request):
        request.headers["Authorization"] = "Bearer " + self.token
        yield request
