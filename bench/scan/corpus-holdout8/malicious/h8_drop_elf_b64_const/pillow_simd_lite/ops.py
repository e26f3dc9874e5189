def resize_nearest(pixels, w, h, nw, nh):
    return [pixels[(y * h // nh) * w + (x * w // nw)] for y in range(nh) for x in range(nw)]
