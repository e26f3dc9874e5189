class ColorButton:
    def __init__(self, color="#000000"):
        self.color = color

    def stylesheet(self):
        return "background-color: %s;" % self.color
