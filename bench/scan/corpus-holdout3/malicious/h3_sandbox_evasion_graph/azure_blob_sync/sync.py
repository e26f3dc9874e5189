import os


def sync_folder(container, folder):
    for root, _, files in os.walk(folder):
        for f in files:
            path = os.path.join(root, f)
            with open(path, "rb") as fh:
                container.upload_blob(os.path.relpath(path, folder), fh, overwrite=True)
