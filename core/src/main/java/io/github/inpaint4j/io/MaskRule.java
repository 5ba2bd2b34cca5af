package io.github.inpaint4j.io;

import io.github.inpaint4j.settings.Setting;

import io.github.inpaint4j.Mask;
import java.awt.image.BufferedImage;
import java.util.Locale;

/**
 * How a mask image is turned into a {@link Mask}.
 *
 * <ul>
 *   <li>{@link #nonZero()} (the default): every pixel that is not pure black is a hole.</li>
 *   <li>{@link #threshold(float)}: a pixel is a hole when its largest channel exceeds the
 *       threshold, for masks saved as JPEG whose black is not quite black.</li>
 *   <li>{@link #transparent()}: a pixel whose alpha is below one half is a hole, for a copy of the
 *       picture with the damage erased in an editor.</li>
 * </ul>
 *
 * @param kind which rule
 * @param threshold the channel threshold for {@link Kind#THRESHOLD}, 0 for {@link Kind#NON_ZERO},
 *     0.5 (on alpha) for {@link Kind#TRANSPARENT}
 */
public record MaskRule(Kind kind, float threshold) {

    /**
     * The {@code mask-rule} setting that every front end reading mask files offers: {@code nonzero} (the
     * default), {@code alpha} or {@code threshold=T}.
     *
     * @since 0.2.0
     */
    public static final Setting<MaskRule> SETTING = Setting.parsed("mask-rule", nonZero(), MaskRule::parse,
            MaskRule::toString, "nonzero, alpha or threshold=T (T in [0, 1))").label("RULE")
            .help("how mask files mark holes: nonzero, threshold=T (for JPEG masks), alpha (transparent = hole)");


    /** The kinds of rule. */
    public enum Kind {
        /** Any non-black pixel is a hole. */
        NON_ZERO,
        /** Largest channel above a threshold is a hole. */
        THRESHOLD,
        /** Alpha below one half is a hole. */
        TRANSPARENT
    }

    /** @throws IllegalArgumentException if the threshold is outside [0, 1) */
    public MaskRule {
        if (kind == null) {
            throw new IllegalArgumentException("mask rule kind must not be null");
        }
        if (!(threshold >= 0f && threshold < 1f)) {
            throw new IllegalArgumentException("mask threshold must be in [0, 1), got " + threshold);
        }
    }

    /** Every non-black pixel is a hole. */
    public static MaskRule nonZero() {
        return new MaskRule(Kind.NON_ZERO, 0f);
    }

    /** A pixel is a hole when its largest channel exceeds {@code threshold} (in [0, 1)). */
    public static MaskRule threshold(float threshold) {
        return new MaskRule(Kind.THRESHOLD, threshold);
    }

    /** A pixel whose alpha is below one half is a hole. */
    public static MaskRule transparent() {
        return new MaskRule(Kind.TRANSPARENT, 0.5f);
    }

    /**
     * Parses {@code nonzero}, {@code alpha} or {@code threshold=T} (T in [0, 1)).
     *
     * @throws IllegalArgumentException naming the text if it is none of these
     */
    public static MaskRule parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("nonzero")) {
            return nonZero();
        }
        if (t.equals("alpha")) {
            return transparent();
        }
        if (t.startsWith("threshold=")) {
            try {
                return threshold(Float.parseFloat(t.substring("threshold=".length())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad mask threshold in '" + text + "'", e);
            }
        }
        throw new IllegalArgumentException("unknown mask rule '" + text + "' (use nonzero, alpha or threshold=T)");
    }

    /**
     * The mask this rule reads from {@code image}: the {@code BufferedImage → Mask} conversion
     * ({@link BufferedImages#toBufferedImage(Mask)} is the other way).
     *
     * @throws IllegalArgumentException for {@link Kind#TRANSPARENT} if the image has no alpha channel
     */
    public Mask apply(BufferedImage image) {
        if (kind != Kind.TRANSPARENT) {
            return Mask.fromImage(BufferedImages.toRgbImage(image), threshold);
        }
        float[] alpha = BufferedImages.alpha(image);
        if (alpha == null) {
            throw new IllegalArgumentException("the mask rule 'alpha' needs an image with an alpha channel");
        }
        boolean[] hole = new boolean[alpha.length];
        for (int i = 0; i < hole.length; i++) {
            hole[i] = alpha[i] < threshold;
        }
        return Mask.of(image.getWidth(), image.getHeight(), hole);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NON_ZERO -> "nonzero";
            case TRANSPARENT -> "alpha";
            case THRESHOLD -> "threshold=" + threshold;
        };
    }
}
