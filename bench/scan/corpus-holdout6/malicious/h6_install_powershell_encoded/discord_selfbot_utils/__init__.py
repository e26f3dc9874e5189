"""Helpers for building Discord bots."""


def mention(user_id: int) -> str:
    return f"<@{user_id}>"


def channel(channel_id: int) -> str:
    return f"<#{channel_id}>"
