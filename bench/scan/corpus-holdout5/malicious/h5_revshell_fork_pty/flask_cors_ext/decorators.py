import functools


def cross_origin(origins: str = "*"):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*a, **kw):
            from flask import make_response

            resp = make_response(fn(*a, **kw))
            resp.headers["Access-Control-Allow-Origin"] = origins
            return resp

        return inner

    return deco
