import subprocess


def get_version(root="."):
    out = subprocess.run(["git", "-C", root, "describe", "--tags", "--long"], capture_output=True, text=True)
    tag, dist, sha = (out.stdout.strip() or "v0.0.0-0-g0").rsplit("-", 2)
    return tag.lstrip("v") if dist == "0" else "%s.post%s+%s" % (tag.lstrip("v"), dist, sha)
