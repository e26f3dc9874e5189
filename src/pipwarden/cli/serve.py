"""`pipwarden serve`: the firewall index."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import click

from pipwarden import policy as policy_mod
from pipwarden.errors import PipwardenError
from pipwarden.index import PYPI_SIMPLE


@click.group(invoke_without_command=True)
@click.option(
    "--upstream",
    default=PYPI_SIMPLE,
    show_default=True,
    help="The simple index to take files from (credentials in the URL are never shown).",
)
@click.option(
    "--json-url",
    help="Root of the upstream's PyPI JSON API (default: beside it, …/simple/ → …/pypi/).",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port", default=3141, show_default=True, type=click.IntRange(0, 65535), help="TCP port."
)
@click.option(
    "--tls-cert",
    type=click.Path(dir_okay=False, exists=True),
    help="Serve HTTPS with this PEM certificate (chain) file; needs --tls-key.",
)
@click.option(
    "--tls-key",
    type=click.Path(dir_okay=False, exists=True),
    help="The PEM private key of --tls-cert.",
)
@click.option(
    "--users",
    "users_file",
    type=click.Path(dir_okay=False, exists=True),
    help="Require HTTP basic authentication: a file of USER:HASH lines, HASH being the "
    "salted scrypt hash of that user's password or token (pipwarden serve hash-password USER).",
)
@click.option(
    "--database",
    metavar="PATH|URL",
    help="Where verdicts are stored: a SQLite file (default: serve.sqlite3 in pipwarden's "
    "data folder) or postgresql://USER:PASSWORD@HOST/DB, shared by replicas.",
)
@click.option(
    "--artifacts",
    metavar="FOLDER|s3://BUCKET/PREFIX",
    help="Where served files are kept: a folder (replicas may share one; default: the "
    "artifacts folder of pipwarden's cache) or an S3-compatible bucket, whose credentials "
    "and region come from the usual AWS_* environment variables or AWS_PROFILE.",
)
@click.option(
    "--s3-endpoint-url",
    metavar="URL",
    help="The endpoint of an S3-compatible store (MinIO, Ceph, R2...); default: AWS, "
    "or AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL.",
)
@click.option(
    "--policy",
    "policy_file",
    type=click.Path(dir_okay=False, exists=True),
    help="Policy file (default: pipwarden.toml or [tool.pipwarden] in pyproject.toml).",
)
@click.option(
    "--hold",
    default=10.0,
    show_default=True,
    type=click.FloatRange(0.1, 300),
    help="Seconds a download waits for its file's verdict before it is answered 503 "
    "(retry later) while the vetting goes on.",
)
@click.option(
    "--page-max-age",
    default=60.0,
    show_default=True,
    type=click.FloatRange(0, 86400),
    help="Seconds an upstream project page is reused before it is fetched again.",
)
@click.option(
    "--shutdown-timeout",
    default=30,
    show_default=True,
    type=click.IntRange(1, 3600),
    help="On SIGTERM or SIGINT: seconds that downloads and vettings in flight get to finish "
    "(no new connection is taken); what still runs then is abandoned cleanly.",
)
@click.option(
    "--log-level",
    default="info",
    show_default=True,
    type=click.Choice(["debug", "info", "warning", "error"]),
    help="What the server logs: every request and verdict at info, each file left out "
    "of a page at debug.",
)
@click.pass_context
def serve(
    ctx: click.Context,
    upstream: str,
    json_url: str | None,
    host: str,
    port: int,
    tls_cert: str | None,
    tls_key: str | None,
    users_file: str | None,
    database: str | None,
    artifacts: str | None,
    s3_endpoint_url: str | None,
    policy_file: str | None,
    hold: float,
    page_max_age: float,
    shutdown_timeout: int,
    log_level: str,
) -> None:
    """Serve a package index that vets every file before any installer gets it.

    Point pip, uv, poetry or pdm at http://HOST:PORT/simple/ (for pip:
    PIP_INDEX_URL, for uv: UV_INDEX_URL). Each file is vetted on first request
    with the checks and policy of `pipwarden check`; blocked files and releases
    inside the cooldown are left out of project pages and refused with 403.
    """
    if ctx.invoked_subcommand is not None:
        return
    try:
        import sqlalchemy  # noqa: F401
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as exc:
        raise PipwardenError(
            f"pipwarden serve needs its extra ({exc.name} is missing): "
            "install pipwarden with it from your checkout, e.g. pipx install '.[serve]' "
            "(pipwarden is not on PyPI: never install it by name)"
        ) from None

    from pipwarden.serve import server
    from pipwarden.serve.app import create_app
    from pipwarden.serve.gate import ServeConfig
    from pipwarden.serve.vetting import ABANDON_GRACE

    if (tls_cert is None) != (tls_key is None):
        raise PipwardenError("--tls-cert and --tls-key go together")
    users = None
    if users_file is not None:
        from pipwarden.serve.auth import load_users

        users = load_users(Path(users_file))
    pol = policy_mod.load(Path(policy_file) if policy_file else None)
    config = ServeConfig(
        upstream=upstream,
        json_url=json_url,
        database=database,
        policy=pol,
        hold=hold,
        page_max_age=page_max_age,
        users=users,
        artifacts=artifacts,
        s3_endpoint_url=s3_endpoint_url,
        shutdown_timeout=shutdown_timeout,
    )
    logging.basicConfig(level=log_level.upper(), format="%(levelname)s: %(name)s: %(message)s")
    server.limit_malloc_arenas()  # before any thread: flat memory over a long run
    app = create_app(config)
    from pipwarden.serve.artifacts import ArtifactStoreError

    try:
        app.state.gate.artifacts.check()
    except ArtifactStoreError as exc:
        raise PipwardenError(str(exc)) from None
    tls = (tls_cert, tls_key) if tls_cert and tls_key else None
    gate = app.state.gate
    # uvicorn cancels the requests still open after its grace: the gate answers them first
    grace = shutdown_timeout + ABANDON_GRACE
    uvicorn_config = server.config(app, host, port, log_level, grace, tls)
    server.Server(uvicorn_config, on_stop=gate.stopping).run()
    if gate.abandoned:
        # A vetting thread still runs (its claim released, its part file removed): it
        # would hold the interpreter's exit past the bound.
        logging.shutdown()
        os._exit(0)


@serve.command("hash-password")
@click.argument("user")
def hash_password(user: str) -> None:
    """Print a --users line for USER: the password, read from the terminal (twice) or
    from standard input (one line), hashed with scrypt and a salt of its own.

    printf %s "$TOKEN" | pipwarden serve hash-password ci >> users
    """
    from pipwarden.serve.auth import user_line

    if sys.stdin.isatty():
        password = click.prompt(
            f"Password for {user}", hide_input=True, confirmation_prompt=True, err=True
        )
    else:
        password = sys.stdin.readline().removesuffix("\n").removesuffix("\r")
    click.echo(user_line(user, password))


COMMANDS = [serve]
