NEON = {
    "background_color": (10, 10, 30),
    "title_font_color": (0, 255, 200),
    "widget_font_color": (255, 0, 180),
    "selection_color": (255, 255, 0),
}
