package io.github.inpaint4j.gan.internal.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import io.github.inpaint4j.gan.internal.TorchRuntime;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PyTorch's CPU kernels for the operations the networks are made of, checked against a plain
 * double-precision computation written here: every convolution shape the generator and the
 * discriminator use (forward, and the gradients with respect to the input, the weights and the
 * bias), at the batch sizes of inference (1), of small training runs (2) and of the default training
 * (16) — PyTorch picks a different library by batch size and shape (its own loops with a BLAS
 * product, oneDNN, NNPACK) — and the 2-D Fourier transforms of the Fourier bottleneck, forward and
 * backward. A kernel that reads memory it never wrote, or a wrong fast path on some CPU, fails here
 * with the shape it failed on, instead of as a diverged training. The tests tagged {@code kernels}
 * also run with the kernels forced down to older instruction sets (gan/pom.xml,
 * docs/djl.md#cpu-kernels).
 *
 * <p>Tolerance: each float32 result may differ from the exact sum of its {@code n} terms by a few
 * units in the last place of the sum of the terms' magnitudes; the check allows 1e-4 of that sum,
 * over a thousand times what a correct kernel needs and far below what a wrong one gives.
 */
@Tag("kernels") // also run under forced-down CPU kernel families (gan/pom.xml)
class KernelConformanceTest {

    /** A convolution: batch, channels in and out, input side, kernel, stride, padding, dilation. */
    record Conv(int batch, int in, int out, int side, int kernel, int stride, int padding, int dilation) {
        int outSide() {
            return (side + 2 * padding - dilation * (kernel - 1) - 1) / stride + 1;
        }

        @Override
        public String toString() {
            return "N" + batch + " C" + in + "→" + out + " " + side + "² k" + kernel + " s" + stride + " p" + padding
                    + " d" + dilation;
        }
    }

    @BeforeAll
    static void engine() {
        TorchRuntime.start(1);
    }

    /** The shapes of {@link ConvUnits#conv} in both networks, at small sides, for each batch size. */
    static Stream<Conv> convolutions() {
        List<int[]> layers = List.of(
                new int[] {5, 8, 5, 1, 2, 1},   // generator stem, 5×5
                new int[] {8, 16, 3, 2, 1, 1},  // generator down-sampling, stride 2
                new int[] {24, 8, 3, 1, 1, 1},  // generator merge after the skip concatenation
                new int[] {16, 16, 3, 1, 2, 2}, // dilated bottleneck units
                new int[] {16, 16, 3, 1, 8, 8},
                new int[] {16, 8, 1, 1, 0, 1},  // Fourier unit's 1×1 convolutions
                new int[] {8, 3, 3, 1, 1, 1},   // generator head
                new int[] {3, 8, 4, 2, 1, 1},   // discriminator 4×4 stride 2
                new int[] {16, 1, 3, 1, 1, 1},  // discriminator logits
                new int[] {24, 12, 3, 1, 1, 1}, // widths that are not whole channel blocks (--width 4, 12, 24)
                new int[] {12, 20, 3, 2, 1, 1},
                new int[] {40, 6, 4, 2, 1, 1},
                new int[] {48, 16, 3, 2, 1, 1}, // strided with an odd number of input blocks
                new int[] {80, 16, 4, 2, 1, 1});
        return Stream.of(1, 2, 16).flatMap(batch -> layers.stream()
                .map(l -> new Conv(batch, l[0], l[1], 12, l[2], l[3], l[4], l[5])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("convolutions")
    void convolutionForwardAndGradientsMatchThePlainSums(Conv c) {
        SplittableRandom random = new SplittableRandom(c.hashCode());
        float[] x = uniform(random, c.batch() * c.in() * c.side() * c.side(), 1f);
        float[] w = uniform(random, c.out() * c.in() * c.kernel() * c.kernel(), 0.3f);
        float[] b = uniform(random, c.out(), 0.3f);
        int os = c.outSide();
        float[] upstream = uniform(random, c.batch() * c.out() * os * os, 1f);

        Engine engine = Engine.getEngine(TorchRuntime.ENGINE);
        try (NDManager m = engine.newBaseManager();
                GradientCollector gc = engine.newGradientCollector()) {
            NDArray xa = m.create(x, new Shape(c.batch(), c.in(), c.side(), c.side()));
            NDArray wa = m.create(w, new Shape(c.out(), c.in(), c.kernel(), c.kernel()));
            NDArray ba = m.create(b, new Shape(c.out()));
            for (NDArray a : new NDArray[] {xa, wa, ba}) {
                a.setRequiresGradient(true);
            }
            poisonFreedMemory(m, c);
            NDArray y = AlignedConv2d.convolve(xa, wa, ba, new Shape(c.stride(), c.stride()),
                    new Shape(c.padding(), c.padding()), new Shape(c.dilation(), c.dilation()), true);
            NDArray g = m.create(upstream, y.getShape());
            gc.backward(y.mul(g).sum());

            Plain plain = new Plain(c, x, w, b, upstream);
            compare(c + " forward", plain.y, plain.yMagnitude, y.toFloatArray());
            compare(c + " input gradient", plain.dx, plain.dxMagnitude, xa.getGradient().toFloatArray());
            compare(c + " weight gradient", plain.dw, plain.dwMagnitude, wa.getGradient().toFloatArray());
            compare(c + " bias gradient", plain.db, plain.dbMagnitude, ba.getGradient().toFloatArray());
        }
    }

    /**
     * Leaves NaN in memory the allocator will hand out again: arrays of NaN as large as the
     * convolution's buffers with their channels padded to a whole block, made and freed. A kernel
     * that reads memory it never wrote then reads NaN.
     */
    static void poisonFreedMemory(NDManager m, Conv c) {
        int os = c.outSide();
        long padded = c.batch() * (long) roundUp(Math.max(c.in(), c.out())) * Math.max(c.side(), os) * Math.max(c.side(), os);
        long weights = (long) roundUp(c.in()) * roundUp(c.out()) * c.kernel() * c.kernel();
        for (int round = 0; round < 3; round++) {
            for (long size : new long[] {padded, weights, padded / 2, 4096}) {
                try (NDArray nan = m.full(new Shape(size), Float.NaN)) {
                    nan.sum().getFloat(); // made, not just reserved
                }
            }
        }
    }

    private static int roundUp(int channels) {
        return (channels + AlignedConv2d.BLOCK - 1) / AlignedConv2d.BLOCK * AlignedConv2d.BLOCK;
    }

    /** The convolution and its gradients as plain sums in double precision, with the magnitudes of their terms. */
    private static final class Plain {
        final double[] y;
        final double[] yMagnitude;
        final double[] dx;
        final double[] dxMagnitude;
        final double[] dw;
        final double[] dwMagnitude;
        final double[] db;
        final double[] dbMagnitude;

        Plain(Conv c, float[] x, float[] w, float[] b, float[] g) {
            int s = c.side();
            int os = c.outSide();
            int k = c.kernel();
            y = new double[c.batch() * c.out() * os * os];
            yMagnitude = new double[y.length];
            dx = new double[x.length];
            dxMagnitude = new double[x.length];
            dw = new double[w.length];
            dwMagnitude = new double[w.length];
            db = new double[b.length];
            dbMagnitude = new double[b.length];
            for (int n = 0; n < c.batch(); n++) {
                for (int o = 0; o < c.out(); o++) {
                    for (int oy = 0; oy < os; oy++) {
                        for (int ox = 0; ox < os; ox++) {
                            int yi = ((n * c.out() + o) * os + oy) * os + ox;
                            double gy = g[yi];
                            y[yi] = b[o];
                            yMagnitude[yi] = Math.abs(b[o]);
                            db[o] += gy;
                            dbMagnitude[o] += Math.abs(gy);
                            for (int i = 0; i < c.in(); i++) {
                                for (int ky = 0; ky < k; ky++) {
                                    int iy = oy * c.stride() - c.padding() + ky * c.dilation();
                                    if (iy < 0 || iy >= s) {
                                        continue;
                                    }
                                    for (int kx = 0; kx < k; kx++) {
                                        int ix = ox * c.stride() - c.padding() + kx * c.dilation();
                                        if (ix < 0 || ix >= s) {
                                            continue;
                                        }
                                        int xi = ((n * c.in() + i) * s + iy) * s + ix;
                                        int wi = ((o * c.in() + i) * k + ky) * k + kx;
                                        y[yi] += (double) x[xi] * w[wi];
                                        yMagnitude[yi] += Math.abs((double) x[xi] * w[wi]);
                                        dx[xi] += gy * w[wi];
                                        dxMagnitude[xi] += Math.abs(gy * w[wi]);
                                        dw[wi] += gy * x[xi];
                                        dwMagnitude[wi] += Math.abs(gy * x[xi]);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /** The 2-D transforms of the Fourier bottleneck at its sides, forward and through autograd. */
    @ParameterizedTest(name = "{0}×{0}")
    @MethodSource("fourierSides")
    void fourierTransformsMatchThePlainSums(int side) {
        SplittableRandom random = new SplittableRandom(side);
        int batch = 2;
        int channels = 3;
        int plane = side * side;
        float[] x = uniform(random, batch * channels * plane, 1f);
        float[] a = uniform(random, x.length, 1f);
        float[] bWeights = uniform(random, x.length, 1f);
        long[] sides = {side, side};
        long[] axes = {2, 3};
        Engine engine = Engine.getEngine(TorchRuntime.ENGINE);
        try (NDManager m = engine.newBaseManager();
                GradientCollector gc = engine.newGradientCollector()) {
            Shape shape = new Shape(batch, channels, side, side);
            NDArray xa = m.create(x, shape);
            xa.setRequiresGradient(true);
            NDArray parts = xa.fft2(sides, axes).real(); // (…, 2): real and imaginary parts
            NDArray re = parts.get("..., 0");
            NDArray im = parts.get("..., 1");
            // L = Σ a·Re F(x) + b·Im F(x): its gradient is Σ_k a_k cos θ − b_k sin θ
            gc.backward(re.mul(m.create(a, shape)).sum().add(im.mul(m.create(bWeights, shape)).sum()));
            float[] reOut = re.toFloatArray();
            float[] imOut = im.toFloatArray();
            float[] gradient = xa.getGradient().toFloatArray();
            // And back: the inverse of the spectrum (as a complex array) is the picture again.
            NDArray spectrum = re.add(m.zeros(new Shape(2)).complex())
                    .add(im.mul(m.arange(0f, 2f, 1f).complex()));
            float[] back = spectrum.ifft2(sides, axes).real().get("..., 0").toFloatArray();

            double[] expectedRe = new double[x.length];
            double[] expectedIm = new double[x.length];
            double[] expectedGradient = new double[x.length];
            double[] magnitude = new double[x.length];
            double[] gradientMagnitude = new double[x.length];
            for (int p = 0; p < batch * channels; p++) {
                for (int u = 0; u < side; u++) {
                    for (int v = 0; v < side; v++) {
                        int k = p * plane + u * side + v;
                        for (int r = 0; r < side; r++) {
                            for (int q = 0; q < side; q++) {
                                int n = p * plane + r * side + q;
                                double theta = 2 * Math.PI * ((double) u * r / side + (double) v * q / side);
                                expectedRe[k] += x[n] * Math.cos(theta);
                                expectedIm[k] -= x[n] * Math.sin(theta);
                                magnitude[k] += Math.abs(x[n]);
                                expectedGradient[n] += a[k] * Math.cos(theta) - bWeights[k] * Math.sin(theta);
                                gradientMagnitude[n] += Math.abs(a[k]) + Math.abs(bWeights[k]);
                            }
                        }
                    }
                }
            }
            double[] xs = new double[x.length];
            double[] ones = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                xs[i] = x[i];
                ones[i] = magnitude[i] / plane + 1;
            }
            compare("fft2 " + side + "² real part", expectedRe, magnitude, reOut);
            compare("fft2 " + side + "² imaginary part", expectedIm, magnitude, imOut);
            compare("fft2 " + side + "² gradient", expectedGradient, gradientMagnitude, gradient);
            compare("ifft2 of fft2 " + side + "²", xs, ones, back);
        }
    }

    /** The bottleneck sides of the tests' tiny networks and of the default networks' 64² crops. */
    static Stream<Integer> fourierSides() {
        return Stream.of(4, 8, 16);
    }

    private static void compare(String what, double[] expected, double[] magnitude, float[] actual) {
        assertTrue(expected.length == actual.length, what + ": " + actual.length + " values, expected "
                + expected.length);
        for (int i = 0; i < expected.length; i++) {
            double allowed = 1e-4 * magnitude[i] + 1e-6;
            if (!(Math.abs(actual[i] - expected[i]) <= allowed)) {
                throw new AssertionError(what + ": value " + i + " is " + actual[i] + ", the plain sum gives "
                        + expected[i] + " (allowed error " + allowed + ")");
            }
        }
    }

    private static float[] uniform(SplittableRandom random, int n, float scale) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) ((random.nextDouble() * 2 - 1) * scale);
        }
        return values;
    }
}
