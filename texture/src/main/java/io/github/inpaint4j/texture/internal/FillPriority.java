package io.github.inpaint4j.texture.internal;

/**
 * Criminisi's priority of a fill-front pixel, {@code P(p) = C(p)·D(p)}: the confidence
 * {@code C(p) = Σ_{q ∈ Ψp, known} C(q) / |Ψp|} (Ψp the patch clipped to the image) times the data
 * term {@code D(p) = |∇I⊥ · n_p| / α}. The isophote {@code ∇I⊥} is the rotated grey-level gradient
 * of largest magnitude among the known pixels of Ψp; the front normal {@code n_p} is the
 * normalised Sobel gradient of the known-pixel indicator at p; α = 1 as samples lie in [0, 1]
 * (the paper's 255 for 8-bit values).
 */
final class FillPriority {

    private final WorkingImage image;
    private final float[] confidence;
    private final int half;

    FillPriority(WorkingImage image, float[] confidence, int half) {
        this.image = image;
        this.confidence = confidence;
        this.half = half;
    }

    /** {@code C(p)} for the pixel at {@code (x, y)}. */
    float confidence(int x, int y) {
        float sum = 0;
        int area = 0;
        for (int yy = Math.max(0, y - half); yy <= Math.min(image.height() - 1, y + half); yy++) {
            for (int xx = Math.max(0, x - half); xx <= Math.min(image.width() - 1, x + half); xx++) {
                int i = yy * image.width() + xx;
                area++;
                if (image.isKnown(i)) {
                    sum += confidence[i];
                }
            }
        }
        return sum / area;
    }

    /** {@code D(p)} for the front pixel at {@code (x, y)}. */
    float dataTerm(int x, int y) {
        float nx = sobelX(x, y);
        float ny = sobelY(x, y);
        float norm = (float) Math.sqrt(nx * nx + ny * ny);
        if (norm == 0) {
            return 0;
        }
        float gx = 0;
        float gy = 0;
        float strongest = -1;
        for (int yy = Math.max(0, y - half); yy <= Math.min(image.height() - 1, y + half); yy++) {
            for (int xx = Math.max(0, x - half); xx <= Math.min(image.width() - 1, x + half); xx++) {
                if (!image.isKnownAt(xx, yy)) {
                    continue;
                }
                float dx = derivative(xx, yy, 1, 0);
                float dy = derivative(xx, yy, 0, 1);
                float magnitude = dx * dx + dy * dy;
                if (magnitude > strongest) {
                    strongest = magnitude;
                    gx = dx;
                    gy = dy;
                }
            }
        }
        // isophote (−gy, gx) · normal
        return Math.abs(-gy * nx + gx * ny) / norm;
    }

    /**
     * Grey-level derivative at a known pixel along {@code (sx, sy)} over its known neighbours
     * ({@link FiniteDifference}).
     */
    private float derivative(int x, int y, int sx, int sy) {
        boolean ahead = image.isKnownAt(x + sx, y + sy);
        boolean behind = image.isKnownAt(x - sx, y - sy);
        int w = image.width();
        return (float) FiniteDifference.of(image.grey(y * w + x), behind ? image.grey((y - sy) * w + x - sx) : 0,
                ahead ? image.grey((y + sy) * w + x + sx) : 0, behind, ahead);
    }

    private float sobelX(int x, int y) {
        return known(x + 1, y - 1) + 2 * known(x + 1, y) + known(x + 1, y + 1)
                - known(x - 1, y - 1) - 2 * known(x - 1, y) - known(x - 1, y + 1);
    }

    private float sobelY(int x, int y) {
        return known(x - 1, y + 1) + 2 * known(x, y + 1) + known(x + 1, y + 1)
                - known(x - 1, y - 1) - 2 * known(x, y - 1) - known(x + 1, y - 1);
    }

    /** 1 if known, 0 if not; pixels outside the image take the value of the nearest pixel inside. */
    private int known(int x, int y) {
        int cx = Math.max(0, Math.min(image.width() - 1, x));
        int cy = Math.max(0, Math.min(image.height() - 1, y));
        return image.isKnown(cy * image.width() + cx) ? 1 : 0;
    }
}
