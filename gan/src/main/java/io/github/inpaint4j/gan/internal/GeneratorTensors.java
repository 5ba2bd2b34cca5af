package io.github.inpaint4j.gan.internal;

import ai.djl.ndarray.NDArray;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.gan.internal.SmoothFill;

/**
 * The generator's data layout, shared by training and inference so that both feed it the same
 * way: samples in [0, 1] map to [−1, 1] by {@code 2v − 1}; the input has the RGB planes, whose
 * hole samples are the guide's when one is given (a coarse fill of the level below) and otherwise a
 * smooth interpolation of the hole's border ({@link SmoothFill}); then the mask plane (1 = hole);
 * then the guide plane (1 = a hole sample that carries the guide's value). The output's hole samples map
 * back by {@code (v + 1) / 2}, clamped to [0, 1], while known samples are copied bit for bit from
 * the picture. The same composite on a batch of arrays ({@link #composite(NDArray, NDArray, NDArray)})
 * is what training shows the discriminator.
 */
public final class GeneratorTensors {

    /** Planes per generator input: RGB, then the mask plane, then the guide plane. */
    public static final int INPUT_PLANES = RgbImage.CHANNELS + 2;
    /** Planes per generator output: RGB. */
    public static final int OUTPUT_PLANES = RgbImage.CHANNELS;
    /** Index of the mask plane in the input. */
    public static final int MASK_PLANE = RgbImage.CHANNELS;
    /** Index of the guide plane in the input. */
    public static final int GUIDE_PLANE = RgbImage.CHANNELS + 1;

    private GeneratorTensors() {
    }

    /** A sample in [0, 1] as the network sees it, in [−1, 1]. */
    public static float toSigned(float unit) {
        return 2f * unit - 1f;
    }

    /** A network output in [−1, 1] (or slightly beyond) as a sample in [0, 1]. */
    public static float toUnit(float signed) {
        return Math.min(1f, Math.max(0f, (signed + 1f) / 2f));
    }

    /**
     * Writes the {@code (5, H, W)} input for {@code image} with holes {@code mask} into
     * {@code out} from {@code offset}.
     *
     * @param guide a coarse guess of the whole picture whose hole samples seed the hole, or
     *     {@code null} for none (the hole then holds the smooth fill); the same size as {@code image}
     */
    public static void writeInput(RgbImage image, Mask mask, RgbImage guide, float[] out, int offset) {
        int plane = image.pixelCount();
        float[] rgb = image.toPlanar();
        float[] seed = guide == null ? (mask.isEmpty() ? rgb : SmoothFill.of(image, mask).toPlanar())
                : guide.toPlanar();
        for (int i = 0; i < plane; i++) {
            boolean hole = mask.isHole(i);
            for (int c = 0; c < RgbImage.CHANNELS; c++) {
                out[offset + c * plane + i] = toSigned(hole ? seed[c * plane + i] : rgb[c * plane + i]);
            }
            out[offset + MASK_PLANE * plane + i] = hole ? 1f : 0f;
            out[offset + GUIDE_PLANE * plane + i] = hole && guide != null ? 1f : 0f;
        }
    }

    /**
     * The batch {@code real} {@code (N, 3, H, W)} with its hole samples ({@code mask}
     * {@code (N, 1, H, W)}, 1 = hole) taken from {@code generated}: {@code m·generated + (1−m)·real},
     * differentiable with respect to {@code generated}; the result is attached to
     * {@code generated}'s manager.
     */
    public static NDArray composite(NDArray generated, NDArray real, NDArray mask) {
        NDArray keep = mask.neg().add(1f);
        return generated.mul(mask).add(real.mul(keep));
    }

    /** Writes {@code image} as {@code (3, H, W)} samples in [−1, 1] into {@code out} from {@code offset}. */
    public static void writeSigned(RgbImage image, float[] out, int offset) {
        float[] rgb = image.toPlanar();
        for (int i = 0; i < rgb.length; i++) {
            out[offset + i] = toSigned(rgb[i]);
        }
    }

    /**
     * The picture with its hole samples taken from {@code generated}, a {@code (3, H, W)} output
     * starting at {@code offset}; known samples are the picture's own, bit for bit.
     */
    public static RgbImage composite(RgbImage image, Mask mask, float[] generated, int offset) {
        int plane = image.pixelCount();
        float[] out = image.toPlanar();
        for (int i = 0; i < plane; i++) {
            if (mask.isHole(i)) {
                for (int c = 0; c < RgbImage.CHANNELS; c++) {
                    out[c * plane + i] = toUnit(generated[offset + c * plane + i]);
                }
            }
        }
        return RgbImage.fromPlanar(image.width(), image.height(), out);
    }
}
