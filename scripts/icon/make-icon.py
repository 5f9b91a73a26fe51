#!/usr/bin/python3
"""Draws resources/icon.png (512x512): a page of minutes with an approval tick.

Pure Python (zlib + struct), anti-aliased with signed distances, so it needs nothing installed.
Run: /usr/bin/python3 scripts/icon/make-icon.py
"""
import math
import os
import struct
import zlib

SIZE = 512
NAVY = (29, 63, 94)
PAPER = (255, 255, 255)
LINE = (160, 178, 198)
AMBER = (242, 183, 5)


def rounded_rect(cx, cy, hw, hh, r):
    def d(x, y):
        qx = abs(x - cx) - hw + r
        qy = abs(y - cy) - hh + r
        outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
        return outside + min(max(qx, qy), 0.0) - r
    return d


def circle(cx, cy, r):
    return lambda x, y: math.hypot(x - cx, y - cy) - r


def polyline(points, width):
    def seg(x, y, a, b):
        px, py = x - a[0], y - a[1]
        bx, by = b[0] - a[0], b[1] - a[1]
        h = max(0.0, min(1.0, (px * bx + py * by) / (bx * bx + by * by)))
        return math.hypot(px - bx * h, py - by * h)
    pairs = list(zip(points, points[1:]))
    return lambda x, y: min(seg(x, y, a, b) for a, b in pairs) - width / 2


LAYERS = [
    (rounded_rect(256, 256, 224, 224, 96), NAVY),
    (rounded_rect(236, 246, 116, 150, 20), PAPER),
    (rounded_rect(230, 170, 76, 9, 9), LINE),
    (rounded_rect(230, 212, 76, 9, 9), LINE),
    (rounded_rect(230, 254, 76, 9, 9), LINE),
    (rounded_rect(204, 296, 50, 9, 9), LINE),
    (circle(340, 352, 78), NAVY),  # a navy ring separates the seal from the page
    (circle(340, 352, 66), AMBER),
    (polyline([(308, 354), (332, 378), (374, 330)], 18), NAVY),
]


def pixel(x, y):
    r = g = b = a = 0.0
    for sdf, (cr, cg, cb) in LAYERS:
        cover = max(0.0, min(1.0, 0.5 - sdf(x + 0.5, y + 0.5)))
        if cover == 0.0:
            continue
        # "over" compositing with straight alpha
        na = cover + a * (1 - cover)
        r = (cr * cover + r * a * (1 - cover)) / na
        g = (cg * cover + g * a * (1 - cover)) / na
        b = (cb * cover + b * a * (1 - cover)) / na
        a = na
    return bytes((round(r), round(g), round(b), round(a * 255)))


def png(width, height, rows):
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b''.join(b'\x00' + row for row in rows)
    header = struct.pack('>IIBBBBB', width, height, 8, 6, 0, 0, 0)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')


rows = [b''.join(pixel(x, y) for x in range(SIZE)) for y in range(SIZE)]
out = os.path.join(os.path.dirname(__file__), '..', '..', 'resources', 'icon.png')
with open(out, 'wb') as f:
    f.write(png(SIZE, SIZE, rows))
print('wrote', os.path.normpath(out))
