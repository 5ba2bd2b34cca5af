package io.github.inpaint4j.gan.internal.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import io.github.inpaint4j.gan.internal.model.AlignedConv2d;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A perceptual loss whose features come from a fixed, randomly initialised convolutional network
 * rather than a pretrained one: Liu et al. ("Generic Perceptual Loss for Modeling Structured Output
 * Dependencies", CVPR 2021) found such a network's features as good a loss as a trained VGG's, and
 * it needs no downloaded weights. The network is three 3×3 convolutions with ReLU (3 → 32 channels
 * at full resolution, → 64 at ½, → 128 at ¼), He-initialised from a fixed seed and never trained;
 * the loss is {@code weight · (1/3) · Σ_l mean |φ_l(x̂) − φ_l(x)|} between the composited fake and
 * the real crop.
 *
 * <p>The weights are arrays of their own manager, kept until {@link #close()}: a convolution's
 * backward pass reads them, so they must outlive every step (docs/djl.md#scalars-under-autograd).
 * Not thread-safe.
 *
 * @since 0.2.0
 */
public final class PerceptualLoss implements AutoCloseable {

    /** The seed of the fixed weights: the same network in every run. */
    public static final long WEIGHT_SEED = 0x7065726365707431L;

    private static final int[] CHANNELS = {3, 32, 64, 128};
    private static final int[] STRIDES = {1, 2, 2};

    private final NDManager manager;
    private final List<NDArray> weights = new ArrayList<>();

    /** The network, its weights made in a sub-manager of {@code parent}. */
    public PerceptualLoss(NDManager parent) {
        this.manager = parent.newSubManager();
        SplittableRandom random = new SplittableRandom(WEIGHT_SEED);
        for (int l = 0; l + 1 < CHANNELS.length; l++) {
            int in = CHANNELS[l];
            int out = CHANNELS[l + 1];
            float[] w = new float[out * in * 9];
            double std = Math.sqrt(2.0 / (in * 9));
            for (int i = 0; i < w.length; i++) {
                w[i] = (float) (random.nextGaussian() * std);
            }
            weights.add(manager.create(w, new Shape(out, in, 3, 3)));
        }
    }

    /** The features of {@code x} {@code (N, 3, H, W)} in [−1, 1], shallowest first. */
    public NDList features(NDArray x) {
        NDList out = new NDList();
        NDArray current = x;
        for (int l = 0; l < weights.size(); l++) {
            Shape stride = new Shape(STRIDES[l], STRIDES[l]);
            current = Activation.relu(AlignedConv2d.convolve(current, weights.get(l), null, stride, new Shape(1, 1),
                    new Shape(1, 1), true));
            out.add(current);
        }
        return out;
    }

    /** {@code weight} times the mean L1 distance between the features of {@code fake} and of {@code real}. */
    public NDArray evaluate(NDArray real, NDArray fake, float weight) {
        return FeatureMatchingLoss.of(features(real.stopGradient()), features(fake), weight);
    }

    @Override
    public void close() {
        manager.close();
    }
}
