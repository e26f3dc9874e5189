HEADER = {"bold": True, "fill": "DDEBF7"}


def apply_preset(cell, preset):
    from openpyxl.styles import Font, PatternFill
    cell.font = Font(bold=preset.get("bold", False))
    if "fill" in preset:
        cell.fill = PatternFill("solid", fgColor=preset["fill"])
