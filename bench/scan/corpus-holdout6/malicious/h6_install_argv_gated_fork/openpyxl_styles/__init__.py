"""Named style presets for openpyxl workbooks."""
from openpyxl.styles import Alignment, Font, PatternFill

HEADER = {"font": Font(bold=True, color="FFFFFF"), "fill": PatternFill("solid", fgColor="305496"),
          "alignment": Alignment(horizontal="center")}


def apply(cell, preset=HEADER):
    for k, v in preset.items():
        setattr(cell, k, v)
