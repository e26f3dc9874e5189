STYLES = {
    "header": {"bold": True, "fill": "DDEBF7"},
    "money": {"number_format": "#,##0.00"},
}


def register(wb):
    for name in STYLES:
        if name not in wb.named_styles:
            wb.named_styles.append(name)
