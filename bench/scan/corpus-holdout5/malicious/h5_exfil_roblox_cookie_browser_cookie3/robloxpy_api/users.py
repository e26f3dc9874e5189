import requests


def get_user(user_id: int) -> dict:
    return requests.get(f"https://users.roblox.example.invalid/v1/users/{user_id}", timeout=10).json()
