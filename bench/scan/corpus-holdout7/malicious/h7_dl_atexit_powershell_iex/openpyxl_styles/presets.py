from openpyxl.styles import Alignment, Font, PatternFill


def header_style(cell):
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = PatternFill("solid", fgColor="305496")
    cell.alignment = Alignment(horizontal="center")


def money_style(cell):
    cell.number_format = "#,##0.00"
