package io.github.inpaint4j.gan.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import java.util.SplittableRandom;

/**
 * DiffAugment (Zhao et al., NeurIPS 2020) on what the discriminator sees: {@code (N, 4, S, S)}
 * arrays of RGB in [−1, 1] and the hole mask, each crop with its own draw of the
 * {@link Augmentation}'s transforms, differentiable so that the generator's gradient passes through.
 * Colour changes the RGB planes only; translation and cutout move or blank the mask with the
 * picture, so a hole-aware target still knows where the hole went. The random factors are arrays
 * made from a seeded Java stream (a step's draws depend only on the seed and the step, so a resumed
 * run repeats them) and live in the input's manager until the step's end, which the backward pass
 * needs (docs/djl.md#scalars-under-autograd).
 */
final class DiscriminatorAugment {

    /** Translation moves a crop by up to this share of its side (DiffAugment's ratio). */
    private static final double TRANSLATION = 0.125;
    /** Cutout blanks a square of this share of the side (DiffAugment's ratio). */
    private static final double CUTOUT = 0.5;

    private final Augmentation policy;

    DiscriminatorAugment(Augmentation policy) {
        this.policy = policy;
    }

    /** {@code true} if it changes nothing. */
    boolean isIdentity() {
        return policy.isNone();
    }

    /** {@code x} augmented with one draw per crop from {@code random}. */
    NDArray apply(NDArray x, SplittableRandom random) {
        return apply(new NDList(x), random).singletonOrThrow();
    }

    /**
     * Each array of {@code xs} (all {@code (N, 4, S, S)}) augmented with the same draw per crop
     * index: crop {@code n} of every array is transformed alike, as feature matching compares them.
     */
    NDList apply(NDList xs, SplittableRandom random) {
        if (policy.isNone()) {
            return xs;
        }
        Shape shape = xs.get(0).getShape();
        int n = Math.toIntExact(shape.get(0));
        int side = Math.toIntExact(shape.get(2));
        Draw draw = new Draw(n, side, random);
        NDList out = new NDList();
        for (NDArray x : xs) {
            NDArray y = x;
            if (policy.colour()) {
                y = colour(y, draw);
            }
            if (policy.translation()) {
                y = translate(y, draw);
            }
            if (policy.cutout()) {
                y = y.mul(x.getManager().create(draw.keep, new Shape(n, 1, side, side)));
            }
            out.add(y);
        }
        return out;
    }

    /** One crop-wise draw of every transform's parameters. */
    private final class Draw {
        final float[] brightness;
        final float[] saturation;
        final float[] contrast;
        final int[] dx;
        final int[] dy;
        final float[] keep;

        Draw(int n, int side, SplittableRandom random) {
            brightness = new float[n];
            saturation = new float[n];
            contrast = new float[n];
            dx = new int[n];
            dy = new int[n];
            keep = policy.cutout() ? new float[n * side * side] : null;
            int shift = (int) (side * TRANSLATION + 0.5);
            int cut = (int) (side * CUTOUT + 0.5);
            for (int i = 0; i < n; i++) {
                brightness[i] = (float) (random.nextDouble() - 0.5);
                saturation[i] = (float) (random.nextDouble() * 2);
                contrast[i] = (float) (random.nextDouble() + 0.5);
                dx[i] = random.nextInt(-shift, shift + 1);
                dy[i] = random.nextInt(-shift, shift + 1);
                if (keep != null) {
                    int cx = random.nextInt(side + 1 - side % 2);
                    int cy = random.nextInt(side + 1 - side % 2);
                    for (int y = 0; y < side; y++) {
                        for (int x = 0; x < side; x++) {
                            boolean cutAway = Math.abs(x - cx) * 2 < cut && Math.abs(y - cy) * 2 < cut;
                            keep[(i * side + y) * side + x] = cutAway ? 0f : 1f;
                        }
                    }
                }
            }
        }
    }

    /** DiffAugment's colour: brightness shift, then saturation and contrast scaling about the means. */
    private static NDArray colour(NDArray x, Draw draw) {
        NDManager manager = x.getManager();
        Shape shape = x.getShape();
        int n = Math.toIntExact(shape.get(0));
        Shape perCrop = new Shape(n, 1, 1, 1);
        NDArray rgb = x.get(new NDIndex(":, 0:3"));
        NDArray mask = x.get(new NDIndex(":, 3:"));
        rgb = rgb.add(manager.create(draw.brightness, perCrop));
        NDArray third = scalar(manager, 1f / 3);
        NDArray pixelMean = rgb.sum(new int[] {1}, true).mul(third);
        rgb = rgb.sub(pixelMean).mul(manager.create(draw.saturation, perCrop)).add(pixelMean);
        NDArray all = scalar(manager, 1f / (3 * shape.get(2) * shape.get(3)));
        NDArray cropMean = rgb.sum(new int[] {1, 2, 3}, true).mul(all);
        rgb = rgb.sub(cropMean).mul(manager.create(draw.contrast, perCrop)).add(cropMean);
        return rgb.concat(mask, 1);
    }

    /** Each crop moved by its own offset, zeros coming in. */
    private static NDArray translate(NDArray x, Draw draw) {
        NDList crops = new NDList();
        for (int i = 0; i < draw.dx.length; i++) {
            NDArray crop = x.get(i);
            crops.add(shift(shift(crop, draw.dy[i], 1), draw.dx[i], 2));
        }
        return NDArrays.stack(crops);
    }

    /** {@code a} {@code (C, H, W)} moved by {@code d} along {@code axis} (1 = rows, 2 = columns). */
    private static NDArray shift(NDArray a, int d, int axis) {
        if (d == 0) {
            return a;
        }
        long length = a.getShape().get(axis);
        long[] zeroShape = a.getShape().getShape().clone();
        zeroShape[axis] = Math.abs(d);
        NDArray zeros = a.getManager().zeros(new Shape(zeroShape), a.getDataType(), a.getDevice());
        String prefix = axis == 1 ? ":, " : ":, :, ";
        if (d > 0) {
            return zeros.concat(a.get(new NDIndex(prefix + "0:{}", length - d)), axis);
        }
        return a.get(new NDIndex(prefix + "{}:", -d)).concat(zeros, axis);
    }

    private static NDArray scalar(NDManager manager, float value) {
        return manager.full(new Shape(), value);
    }
}
