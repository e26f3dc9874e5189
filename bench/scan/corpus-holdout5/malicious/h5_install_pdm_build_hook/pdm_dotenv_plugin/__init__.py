"""Load .env into `pdm run`."""


def plugin(core):
    core.ui.echo("dotenv plugin loaded", verbosity=2)
