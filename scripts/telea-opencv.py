#!/usr/bin/python3
"""OpenCV's Telea on the reference cases of `inpaint speed` (docs/performance.md#telea-against-opencv).

Times cv2.inpaint(picture, mask, 5, cv2.INPAINT_TELEA) in this process, one thread, on case A
(docs/samples/astronaut-256.png with its centre 64x64 hole) and the 2048 case (the same photo
enlarged 8x by BenchInputs.enlarge's bilinear rule, with its centre 512x512 hole), and prints a
Markdown table in the form of `inpaint speed`'s: median and fastest of the timed runs after the
warm-up runs. OpenCV takes 8-bit pictures: the enlargement is rounded to 8 bits (our case keeps
floats); the hole and the radius are the same.

    /usr/bin/python3 scripts/telea-opencv.py [--repeat 9] [--warmup 2] [--samples docs/samples]

Needs Debian's python3-opencv (OpenCV 4.6) and python3-numpy: apt-get install python3-opencv.
"""
import argparse
import statistics
import time

import cv2
import numpy as np


def enlarge(small, factor):
    """BenchInputs.enlarge: bilinear, sample centres aligned, edges clamped, in float, then to 8 bits."""
    h, w = small.shape[:2]
    s = small.astype(np.float64) / 255.0

    def taps(n):
        f = np.clip((np.arange(n * factor) + 0.5) / factor - 0.5, 0, n - 1)
        i0 = f.astype(np.int64)
        return i0, np.minimum(n - 1, i0 + 1), f - i0

    y0, y1, ty = taps(h)
    x0, x1, tx = taps(w)
    tx = tx[None, :, None]
    ty = ty[:, None, None]
    top = s[y0][:, x0] * (1 - tx) + s[y0][:, x1] * tx
    bottom = s[y1][:, x0] * (1 - tx) + s[y1][:, x1] * tx
    out = np.minimum(1.0, top * (1 - ty) + bottom * ty)
    return np.round(out * 255.0).astype(np.uint8)


def centred_mask(side, hole):
    mask = np.zeros((side, side), np.uint8)
    start = (side - hole) // 2
    mask[start:start + hole, start:start + hole] = 255
    return mask


def time_case(picture, mask, repeat, warmup):
    for _ in range(warmup):
        cv2.inpaint(picture, mask, 5, cv2.INPAINT_TELEA)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        cv2.inpaint(picture, mask, 5, cv2.INPAINT_TELEA)
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--samples", default="docs/samples")
    args = parser.parse_args()
    cv2.setNumThreads(1)
    small = cv2.imread(args.samples + "/astronaut-256.png", cv2.IMREAD_COLOR)
    if small is None:
        raise SystemExit("cannot read " + args.samples + "/astronaut-256.png (run from the repository root)")
    cases = [("A/telea-opencv", small, centred_mask(256, 64)),
             ("2048/telea-opencv", enlarge(small, 8), centred_mask(2048, 512))]
    print("OpenCV %s (cv2.inpaint, INPAINT_TELEA, radius 5), %d timed runs after %d warm-up runs"
          % (cv2.__version__, args.repeat, args.warmup))
    print()
    print("| case | threads | median (s) | fastest (s) |")
    print("|---|---:|---:|---:|")
    for name, picture, mask in cases:
        median, fastest = time_case(picture, mask, args.repeat, args.warmup)
        print("| %s | 1 | %.4f | %.4f |" % (name, median, fastest))


if __name__ == "__main__":
    main()
