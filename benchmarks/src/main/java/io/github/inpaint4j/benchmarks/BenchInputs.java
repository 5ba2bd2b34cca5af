package io.github.inpaint4j.benchmarks;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.Resampling;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.masks.BlobMaskGenerator;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The reference inputs of the benchmarks. */
public final class BenchInputs {

    /** The case A picture, in the samples folder. */
    public static final String CASE_A_PICTURE = "astronaut-256.png";
    /** The 64×64 texture sample of the synthesis case, in the samples folder. */
    public static final String SYNTHESIS_SAMPLE = "brick-64.png";

    /**
     * A picture and its holes.
     *
     * @param picture the undamaged picture (the ground truth of the hole)
     * @param mask the holes
     */
    public record Input(RgbImage picture, Mask mask) {
    }

    private BenchInputs() {
    }

    /** Case A: the 256×256 astronaut photo with a 64×64 centre hole. */
    public static Input caseA(Path samples) throws IOException {
        RgbImage picture = read(samples.resolve(CASE_A_PICTURE));
        return new Input(picture, Mask.fromRectangles(256, 256, Rect.centred(256, 256, 64, 64)));
    }

    /**
     * The large case: case A's picture enlarged 8× to 2048×2048 (bilinear) with a 512×512 centre
     * hole, the same proportions as case A.
     */
    public static Input large(Path samples) throws IOException {
        RgbImage small = read(samples.resolve(CASE_A_PICTURE));
        RgbImage picture = enlarge(small, 8);
        int side = picture.width();
        return new Input(picture, Mask.fromRectangles(side, side, Rect.centred(side, side, side / 4, side / 4)));
    }

    /** Seed of the blob holes of {@link #blob30} and {@link #photo4000x3000}. */
    public static final long BLOB_SEED = 9;

    /** Case A's picture with a blob hole over 30 % of it (19,661 pixels): an object to remove. */
    public static Input blob30(Path samples) throws IOException {
        RgbImage picture = read(samples.resolve(CASE_A_PICTURE));
        return new Input(picture, new BlobMaskGenerator(0.3).generate(256, 256, BLOB_SEED));
    }

    /**
     * A 12-megapixel photo, 4000×3000, with a blob hole over 10 % of it (1,200,000 pixels): case A's
     * picture cut to 4:3 (its centre 256×192) and enlarged 15.625× (bilinear), generated here so
     * that no large file is stored. For every method's large-picture case.
     */
    public static Input photo4000x3000(Path samples) throws IOException {
        return new Input(photo12Mp(samples), new BlobMaskGenerator(0.1).generate(PHOTO_WIDTH, PHOTO_HEIGHT, BLOB_SEED));
    }

    /**
     * The 4000×3000 photo of {@link #photo4000x3000} with a centred 400×400 square hole (160,000
     * pixels, 1.3 %): an object removed from a 12-megapixel photo.
     */
    public static Input photo4000x3000Hole160k(Path samples) throws IOException {
        return new Input(photo12Mp(samples), Mask.fromRectangles(PHOTO_WIDTH, PHOTO_HEIGHT,
                Rect.centred(PHOTO_WIDTH, PHOTO_HEIGHT, 400, 400)));
    }

    /**
     * The 4000×3000 photo of {@link #photo4000x3000} with a centred 1100×1000 rectangular hole
     * (1,100,000 pixels, 9.2 %): a large object removed from a 12-megapixel photo.
     */
    public static Input photo4000x3000Hole1100k(Path samples) throws IOException {
        return new Input(photo12Mp(samples), Mask.fromRectangles(PHOTO_WIDTH, PHOTO_HEIGHT,
                Rect.centred(PHOTO_WIDTH, PHOTO_HEIGHT, 1100, 1000)));
    }

    /**
     * The 4000×3000 photo of {@link #photo4000x3000} with a ladybird-shaped hole of 281,078 pixels
     * (2.3 %): an oval body of 517×597 pixels, a head, six legs 19 pixels thick and two antennae
     * 11 pixels thick, centred on the picture — an object removed from a 12-megapixel photo, with
     * a deep part and thin parts in one hole.
     */
    public static Input photo4000x3000Hole281k(Path samples) throws IOException {
        return new Input(photo12Mp(samples), ladybird(PHOTO_WIDTH, PHOTO_HEIGHT));
    }

    /** The ladybird of {@link #photo4000x3000Hole281k}, body centred at (w/2, h/2 + 60). */
    static Mask ladybird(int width, int height) {
        int cx = width / 2;
        int cy = height / 2 + 60;
        int rx = 258;
        int ry = 298;
        boolean[] hole = new boolean[width * height];
        ellipse(hole, width, cx, cy, rx, ry);
        ellipse(hole, width, cx, cy - ry + 40, 140, 95);
        for (int side = -1; side <= 1; side += 2) {
            for (int leg = 0; leg < 3; leg++) {
                capsule(hole, width, cx + side * (rx - 40), cy - 160 + leg * 160, cx + side * (rx + 170),
                        cy - 220 + leg * 200, 9);
            }
            capsule(hole, width, cx + side * 50, cy - ry - 40, cx + side * 150, cy - ry - 170, 5);
        }
        return Mask.of(width, height, hole);
    }

    private static void ellipse(boolean[] hole, int width, int cx, int cy, int rx, int ry) {
        for (int y = cy - ry; y <= cy + ry; y++) {
            for (int x = cx - rx; x <= cx + rx; x++) {
                double dx = (x - cx) / (double) rx;
                double dy = (y - cy) / (double) ry;
                if (dx * dx + dy * dy <= 1) {
                    hole[y * width + x] = true;
                }
            }
        }
    }

    /** The points within {@code r} of the segment from {@code (x0, y0)} to {@code (x1, y1)}. */
    private static void capsule(boolean[] hole, int width, int x0, int y0, int x1, int y1, int r) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double length2 = dx * dx + dy * dy;
        for (int y = Math.min(y0, y1) - r; y <= Math.max(y0, y1) + r; y++) {
            for (int x = Math.min(x0, x1) - r; x <= Math.max(x0, x1) + r; x++) {
                double t = Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / length2));
                double px = x0 + t * dx - x;
                double py = y0 + t * dy - y;
                if (px * px + py * py <= r * r) {
                    hole[y * width + x] = true;
                }
            }
        }
    }

    private static final int PHOTO_WIDTH = 4000;
    private static final int PHOTO_HEIGHT = 3000;

    /** Case A's picture cut to 4:3 (its centre 256×192) and enlarged to 4000×3000 (bilinear). */
    private static RgbImage photo12Mp(Path samples) throws IOException {
        RgbImage small = read(samples.resolve(CASE_A_PICTURE));
        return Resampling.resize(small.crop(new Rect(0, 32, 256, 192)), PHOTO_WIDTH, PHOTO_HEIGHT);
    }

    /** The 64×64 brick texture the synthesis case grows from. */
    public static RgbImage synthesisSample(Path samples) throws IOException {
        return read(samples.resolve(SYNTHESIS_SAMPLE));
    }

    /** Bilinear enlargement by an integer factor (sample centres aligned). */
    static RgbImage enlarge(RgbImage in, int factor) {
        int w = in.width();
        int h = in.height();
        int ow = w * factor;
        int oh = h * factor;
        float[] s = in.toPlanar();
        float[] out = new float[3 * ow * oh];
        for (int y = 0; y < oh; y++) {
            double fy = Math.max(0, Math.min(h - 1, (y + 0.5) / factor - 0.5));
            int y0 = (int) fy;
            int y1 = Math.min(h - 1, y0 + 1);
            double ty = fy - y0;
            for (int x = 0; x < ow; x++) {
                double fx = Math.max(0, Math.min(w - 1, (x + 0.5) / factor - 0.5));
                int x0 = (int) fx;
                int x1 = Math.min(w - 1, x0 + 1);
                double tx = fx - x0;
                for (int c = 0; c < 3; c++) {
                    int o = c * w * h;
                    double top = s[o + y0 * w + x0] * (1 - tx) + s[o + y0 * w + x1] * tx;
                    double bottom = s[o + y1 * w + x0] * (1 - tx) + s[o + y1 * w + x1] * tx;
                    out[c * ow * oh + y * ow + x] = (float) Math.min(1, top * (1 - ty) + bottom * ty);
                }
            }
        }
        return RgbImage.fromPlanar(ow, oh, out);
    }

    private static RgbImage read(Path file) throws IOException {
        try {
            return ImageFiles.read(file);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null,
                    "bench sample not found (run from the repository root, or pass --samples DIR)");
        }
    }
}
