import os

ASSET_DIR = os.path.join(os.getcwd(), "assets")


def load_image(name):
    import pygame
    return pygame.image.load(os.path.join(ASSET_DIR, "images", name))


def load_sound(name):
    import pygame
    return pygame.mixer.Sound(os.path.join(ASSET_DIR, "sounds", name))
