HEADER = {"font": {"bold": True}, "fill": {"fgColor": "DDDDDD"}}
MONEY = {"number_format": "#,##0.00 [$EUR]"}
