"""Helpers for the RFB (VNC) protocol."""
import struct


def pack_pixel_format(bpp=32, depth=24, big_endian=False, true_colour=True):
    return struct.pack("!BBBBHHHBBBxxx", bpp, depth, int(big_endian), int(true_colour),
                       255, 255, 255, 16, 8, 0)
