from django.apps import AppConfig


class RestAuthConfig(AppConfig):
    name = "rest_auth2"
    verbose_name = "REST auth"
