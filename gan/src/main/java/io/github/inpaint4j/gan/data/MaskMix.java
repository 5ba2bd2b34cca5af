package io.github.inpaint4j.gan.data;

import io.github.inpaint4j.masks.FreeFormMaskGenerator;
import io.github.inpaint4j.masks.MaskGenerator;
import io.github.inpaint4j.masks.RectangleMaskGenerator;
import io.github.inpaint4j.masks.ScratchMaskGenerator;
import io.github.inpaint4j.masks.TextMaskGenerator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The holes the GAN is trained on: a weighted mix of five kinds of mask, all from core's seeded
 * generators. Each crop's mask is one kind, drawn with probability proportional to its weight.
 * <ul>
 *   <li>{@code rectangles}: one rectangle, each side a tenth to a half of the crop's, anywhere
 *       (Context Encoders' random regions);</li>
 *   <li>{@code strokes}: DeepFill v2's free-form brush strokes over 10–40 % of the crop;</li>
 *   <li>{@code wide}: LaMa's wide masks, a few strokes of a brush 12–40 % of the crop wide over
 *       15–50 % of it: the large holes that teach large holes;</li>
 *   <li>{@code scratches}: one to four 1–3 px scratches (the thin end, where a model trained on
 *       thick holes leaves a grey line);</li>
 *   <li>{@code text}: one or two lines of letters 7–16 px high written with a 1–3 px pen
 *       (captions and date stamps).</li>
 * </ul>
 * Text and scratches are drawn in pixels, so they keep their real size whatever the crop; the
 * other kinds scale with it. Immutable and serialised with the training configuration.
 *
 * @param rectangles weight of rectangles, ≥ 0
 * @param strokes weight of free-form strokes, ≥ 0
 * @param wide weight of wide strokes, ≥ 0
 * @param scratches weight of thin scratches, ≥ 0
 * @param text weight of text overlays, ≥ 0
 */
public record MaskMix(double rectangles, double strokes, double wide, double scratches, double text) {

    /** The kinds of hole, in the order {@link #parse} and {@link #toString} write them. */
    public static final List<String> KINDS = List.of("rectangles", "strokes", "wide", "scratches", "text");

    /** @throws IllegalArgumentException if a weight is negative or not finite, or all are 0 */
    public MaskMix {
        double[] w = {rectangles, strokes, wide, scratches, text};
        double sum = 0;
        for (int k = 0; k < w.length; k++) {
            if (!(w[k] >= 0) || Double.isInfinite(w[k])) {
                throw new IllegalArgumentException("mask weight " + KINDS.get(k) + " must be finite and >= 0, got "
                        + w[k]);
            }
            sum += w[k];
        }
        if (sum == 0) {
            throw new IllegalArgumentException("at least one mask weight must be positive (" + KINDS + ")");
        }
    }

    /**
     * LaMa's lesson with the thin end added: wide strokes 30 %, strokes 25 %, rectangles 20 %,
     * scratches 15 %, text 10 %.
     */
    public static MaskMix defaults() {
        return new MaskMix(0.2, 0.25, 0.3, 0.15, 0.1);
    }

    /**
     * Parses {@code kind=weight} pairs separated by commas, e.g. {@code wide=2,text=1}; kinds not
     * named get weight 0.
     *
     * @throws IllegalArgumentException naming the unknown kind or the malformed pair
     */
    public static MaskMix parse(String text) {
        double[] w = new double[KINDS.size()];
        for (String pair : text.split(",")) {
            String[] kv = pair.trim().split("=", -1);
            int kind = kv.length == 2 ? KINDS.indexOf(kv[0].trim().toLowerCase(Locale.ROOT)) : -1;
            if (kind < 0) {
                throw new IllegalArgumentException("mask mix entries are kind=weight with kind one of " + KINDS
                        + ", got '" + pair.trim() + "'");
            }
            try {
                w[kind] = Double.parseDouble(kv[1].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("mask weight " + KINDS.get(kind) + " is not a number: '"
                        + kv[1].trim() + "'", e);
            }
        }
        return new MaskMix(w[0], w[1], w[2], w[3], w[4]);
    }

    /** The generator of one kind: {@code rectangles}, {@code strokes}, {@code wide}, {@code scratches} or {@code text}. */
    public static MaskGenerator kind(String kind) {
        return switch (kind) {
            case "rectangles" -> RectangleMaskGenerator.random(0.1, 0.5);
            case "strokes" -> FreeFormMaskGenerator.deepFillV2();
            case "wide" -> new FreeFormMaskGenerator(2, 6, 2 * Math.PI / 5, 2 * Math.PI / 15, 0.12, 0.4, 0.15, 0.5);
            case "scratches" -> ScratchMaskGenerator.defaults();
            case "text" -> TextMaskGenerator.defaults();
            default -> throw new IllegalArgumentException("unknown mask kind '" + kind + "' (known: " + KINDS + ")");
        };
    }

    /** The generator that draws this mix. */
    public MaskGenerator generator() {
        double[] w = {rectangles, strokes, wide, scratches, text};
        double sum = 0;
        for (double v : w) {
            sum += v;
        }
        double[] cumulative = new double[w.length];
        double running = 0;
        for (int k = 0; k < w.length; k++) {
            running += w[k] / sum;
            cumulative[k] = running;
        }
        MaskGenerator[] generators = KINDS.stream().map(MaskMix::kind).toArray(MaskGenerator[]::new);
        return (width, height, random) -> pick(generators, cumulative, random).generate(width, height, random);
    }

    private static MaskGenerator pick(MaskGenerator[] generators, double[] cumulative, SplittableRandom random) {
        double u = random.nextDouble();
        for (int k = 0; k < cumulative.length - 1; k++) {
            if (u < cumulative[k]) {
                return generators[k];
            }
        }
        // the last kind with a positive weight (rounding may leave cumulative[last] just under 1)
        for (int k = cumulative.length - 1; k > 0; k--) {
            if (cumulative[k] > cumulative[k - 1]) {
                return generators[k];
            }
        }
        return generators[0];
    }

    /** The mix as {@link #parse} reads it. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "rectangles=%s,strokes=%s,wide=%s,scratches=%s,text=%s", rectangles,
                strokes, wide, scratches, text);
    }
}
