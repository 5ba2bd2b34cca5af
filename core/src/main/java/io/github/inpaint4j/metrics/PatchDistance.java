package io.github.inpaint4j.metrics;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.RgbImage;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Whether a fill has the texture of the truth, aligned or not: the sliced Wasserstein distance
 * between the {@value #PATCH}×{@value #PATCH} RGB patches centred on the hole's pixels in the
 * filled picture and those centred on the same pixels in the original.
 *
 * <p>Each patch is a vector of {@value #DIMENSIONS} samples in [0, 1] (rows, then columns, then
 * channels), read with reflect padding at the picture's edge (the pixels beyond the edge mirror
 * those inside it, the edge pixel itself not repeated: {@code −1 → 1}). With {@value #DIRECTIONS}
 * unit directions {@code d_k} drawn once from seed {@value #DIRECTION_SEED} (normal components,
 * normalised), and the two sets of {@code n} patches {@code P_i} (fill) and {@code Q_i} (original):
 *
 * <pre>SWD = 100 · (1/K) Σ_k (1/n) Σ_i |sort(P·d_k)_i − sort(Q·d_k)_i|</pre>
 *
 * <p>Sorting each projection pairs the two sets by rank, not by position, so the distance compares
 * the <i>distributions</i> of patches: texture of the right kind scores low even where it is not
 * aligned with the truth (a shifted copy of a texture), while blur, noise, a colour cast or
 * foreign structure scores high — which is what PSNR, rewarding a smooth guess, cannot tell. 0
 * means the same set of patches. Typical values on 256² photos run from about 1 (a good fill) to
 * 10 and more (a flat or foreign one); compare methods on the same holes, not across pictures.
 *
 * <p>Deterministic: the directions are fixed, and a hole of more than {@value #MAX_PATCHES} pixels
 * is measured on {@value #MAX_PATCHES} of its pixels, the same for both pictures, drawn without
 * replacement from seed {@value #SAMPLE_SEED} (a 16,384-pixel hole, the bench's largest at
 * 256², is measured whole). Time and memory are therefore bounded whatever the hole: about
 * {@code 2 · 147 · 256} multiply-adds per measured pixel, and {@code 256 · 4} bytes per measured
 * pixel for the original's sorted projections kept by {@link #against}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class PatchDistance {

    /** Side of the patches. */
    public static final int PATCH = 7;
    /** Samples per patch: {@code 7 · 7 · 3}. */
    public static final int DIMENSIONS = PATCH * PATCH * RgbImage.CHANNELS;
    /** Number of projection directions. */
    public static final int DIRECTIONS = 256;
    /** Seed of the directions. */
    public static final long DIRECTION_SEED = 42L;
    /** The most hole pixels measured; larger holes are sampled. */
    public static final int MAX_PATCHES = 16_384;
    /** Seed of the sample of a larger hole's pixels. */
    public static final long SAMPLE_SEED = 7L;

    /** The directions, dimension-major ({@code BASIS[d · DIRECTIONS + k]}), so that the projection loop runs along directions. */
    private static final float[] BASIS = basis();
    /** Directions projected together: the accumulators of a block stay in registers and cache. */
    private static final int BLOCK = 64;

    private final int width;
    private final int height;
    private final int[] pixels;
    /** The original's projections, sorted: direction k at {@code [k · n, (k + 1) · n)}. */
    private final float[] reference;

    private PatchDistance(int width, int height, int[] pixels, float[] reference) {
        this.width = width;
        this.height = height;
        this.pixels = pixels;
        this.reference = reference;
    }

    /**
     * The patch distance of {@code filled} to {@code original} over the hole of {@code mask}.
     *
     * @return the distance, ≥ 0; 0 for the same set of patches
     * @throws IllegalArgumentException if the sizes differ or the mask has no hole
     */
    public static double of(RgbImage original, RgbImage filled, Mask mask) {
        return against(original, mask).to(filled);
    }

    /**
     * A measure against {@code original}'s patches over the hole of {@code mask}, prepared once (the
     * original's projections, sorted) to score several fills of the same hole.
     *
     * @throws IllegalArgumentException if the sizes differ or the mask has no hole
     */
    public static PatchDistance against(RgbImage original, Mask mask) {
        mask.requireSameSize(original);
        SampleErrors.requireHole(mask);
        int[] pixels = measuredPixels(mask);
        return new PatchDistance(original.width(), original.height(), pixels, sortedProjections(original, pixels));
    }

    /**
     * The patch distance of {@code filled} to the original this measure was prepared with.
     *
     * @throws IllegalArgumentException if {@code filled} is not the original's size
     */
    public double to(RgbImage filled) {
        if (filled.width() != width || filled.height() != height) {
            throw new IllegalArgumentException("images differ in size: reference " + width + "×" + height
                    + ", test " + filled.width() + "×" + filled.height());
        }
        float[] projections = sortedProjections(filled, pixels);
        int n = pixels.length;
        double total = 0;
        for (int k = 0; k < DIRECTIONS; k++) {
            double sum = 0;
            for (int i = k * n; i < (k + 1) * n; i++) {
                sum += Math.abs(projections[i] - reference[i]);
            }
            total += sum / n;
        }
        return 100 * total / DIRECTIONS;
    }

    /** The hole's pixels, row-major; at most {@link #MAX_PATCHES}, a seeded sample without replacement. */
    static int[] measuredPixels(Mask mask) {
        int[] holes = new int[mask.holeCount()];
        int n = 0;
        for (int i = 0; i < mask.pixelCount(); i++) {
            if (mask.isHole(i)) {
                holes[n++] = i;
            }
        }
        if (holes.length <= MAX_PATCHES) {
            return holes;
        }
        SplittableRandom random = new SplittableRandom(SAMPLE_SEED);
        for (int i = 0; i < MAX_PATCHES; i++) {
            int j = i + random.nextInt(holes.length - i);
            int t = holes[i];
            holes[i] = holes[j];
            holes[j] = t;
        }
        int[] sample = Arrays.copyOf(holes, MAX_PATCHES);
        Arrays.sort(sample);
        return sample;
    }

    /**
     * Every measured patch projected on every direction, each direction's projections sorted:
     * direction k at {@code [k · n, (k + 1) · n)}.
     */
    private static float[] sortedProjections(RgbImage image, int[] pixels) {
        int w = image.width();
        int h = image.height();
        int plane = w * h;
        float[] s = image.toPlanar();
        int n = pixels.length;
        float[] out = new float[DIRECTIONS * n];
        float[] patch = new float[DIMENSIONS];
        float[] acc = new float[BLOCK];
        for (int i = 0; i < n; i++) {
            int x = pixels[i] % w;
            int y = pixels[i] / w;
            int j = 0;
            for (int dy = -PATCH / 2; dy <= PATCH / 2; dy++) {
                int row = reflect(y + dy, h) * w;
                for (int dx = -PATCH / 2; dx <= PATCH / 2; dx++) {
                    int p = row + reflect(x + dx, w);
                    for (int c = 0; c < RgbImage.CHANNELS; c++) {
                        patch[j++] = s[c * plane + p];
                    }
                }
            }
            for (int k0 = 0; k0 < DIRECTIONS; k0 += BLOCK) {
                Arrays.fill(acc, 0f);
                for (int d = 0; d < DIMENSIONS; d++) {
                    float v = patch[d];
                    int base = d * DIRECTIONS + k0;
                    for (int k = 0; k < BLOCK; k++) {
                        acc[k] += v * BASIS[base + k];
                    }
                }
                for (int k = 0; k < BLOCK; k++) {
                    out[(k0 + k) * n + i] = acc[k];
                }
            }
        }
        for (int k = 0; k < DIRECTIONS; k++) {
            Arrays.sort(out, k * n, (k + 1) * n);
        }
        return out;
    }

    /** Reflect padding without repeating the edge ({@code −1 → 1}, {@code size → size − 2}); any size. */
    static int reflect(int i, int size) {
        if (size == 1) {
            return 0;
        }
        int period = 2 * (size - 1);
        int m = Math.floorMod(i, period);
        return m < size ? m : period - m;
    }

    /**
     * {@value #DIRECTIONS} unit vectors of {@value #DIMENSIONS} normal components (Box–Muller with
     * {@link StrictMath}, so the same on every machine), stored dimension-major.
     */
    private static float[] basis() {
        SplittableRandom random = new SplittableRandom(DIRECTION_SEED);
        float[] basis = new float[DIMENSIONS * DIRECTIONS];
        double[] v = new double[DIMENSIONS];
        for (int k = 0; k < DIRECTIONS; k++) {
            double norm = 0;
            for (int d = 0; d < DIMENSIONS; d += 2) {
                double radius = StrictMath.sqrt(-2 * StrictMath.log(1 - random.nextDouble()));
                double angle = 2 * StrictMath.PI * random.nextDouble();
                v[d] = radius * StrictMath.cos(angle);
                if (d + 1 < DIMENSIONS) {
                    v[d + 1] = radius * StrictMath.sin(angle);
                }
            }
            for (double c : v) {
                norm += c * c;
            }
            norm = StrictMath.sqrt(norm);
            for (int d = 0; d < DIMENSIONS; d++) {
                basis[d * DIRECTIONS + k] = (float) (v[d] / norm);
            }
        }
        return basis;
    }
}
