from PIL import ImageEnhance, ImageOps


def auto(img):
    return ImageOps.autocontrast(img, cutoff=1)


def vivid(img, amount=1.4):
    return ImageEnhance.Sharpness(ImageEnhance.Color(img).enhance(amount)).enhance(1.2)
