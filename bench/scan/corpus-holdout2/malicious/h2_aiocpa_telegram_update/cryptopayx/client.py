import requests

from .utils.sync import sync_client


@sync_client
class CryptoPay:
    def __init__(self, token, testnet=False):
        self.token = token
        self.base = "https://pay.crypt.example.invalid/api/" if not testnet else "https://testnet-pay.crypt.example.invalid/api/"

    def get_me(self):
        return requests.get(self.base + "getMe", headers={"Crypto-Pay-API-Token": self.token}).json()
