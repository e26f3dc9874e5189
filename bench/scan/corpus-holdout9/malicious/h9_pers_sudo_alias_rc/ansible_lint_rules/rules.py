class NoLatestTag:
    id = "extra-no-latest"
    shortdesc = "Container images should not use the :latest tag"

    def matchtask(self, task, file=None):
        image = (task.get("action") or {}).get("image", "")
        return isinstance(image, str) and image.endswith(":latest")
