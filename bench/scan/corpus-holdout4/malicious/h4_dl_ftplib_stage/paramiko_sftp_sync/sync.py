import os


def mirror(sftp, local: str, remote: str) -> int:
    n = 0
    for root, _dirs, files in os.walk(local):
        for f in files:
            lp = os.path.join(root, f)
            rp = remote + "/" + os.path.relpath(lp, local).replace(os.sep, "/")
            sftp.put(lp, rp)
            n += 1
    return n
