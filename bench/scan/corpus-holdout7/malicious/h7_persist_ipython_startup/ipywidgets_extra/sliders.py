class RangeSlider:
    def __init__(self, lo=0, hi=100, step=1):
        self.lo, self.hi, self.step = lo, hi, step
        self.value = (lo, hi)

    def _repr_html_(self):
        return f"<input type='range' min='{self.lo}' max='{self.hi}' step='{self.step}'>"
