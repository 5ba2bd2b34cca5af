package io.github.inpaint4j.gan.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which differentiable augmentations (Zhao et al., "Differentiable Augmentation for Data-Efficient
 * GAN Training", NeurIPS 2020) are applied to every batch the discriminator sees, real and fake
 * alike, each crop with its own random draw; the generator's gradient flows through them. On a
 * small picture set they keep the discriminator from memorising the real crops.
 *
 * @param colour a random brightness shift (±0.5 on the [−1, 1] scale), saturation (× 0–2) and
 *     contrast (× 0.5–1.5) per crop
 * @param translation a random shift of up to an eighth of the crop on each axis, zeros coming in
 * @param cutout a random square of half the crop's side set to zero
 * @since 0.2.0
 */
public record Augmentation(boolean colour, boolean translation, boolean cutout) {

    /** No augmentation. */
    public static final Augmentation NONE = new Augmentation(false, false, false);
    /** DiffAugment's full policy: colour, translation and cutout. */
    public static final Augmentation ALL = new Augmentation(true, true, true);

    private static final List<String> KINDS = List.of("colour", "translation", "cutout");

    /**
     * Parses {@code none} or a comma-separated list of {@code colour}, {@code translation} and
     * {@code cutout}.
     *
     * @throws IllegalArgumentException naming the unknown kind
     */
    public static Augmentation parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("none") || t.isEmpty()) {
            return NONE;
        }
        boolean[] on = new boolean[KINDS.size()];
        for (String kind : t.split(",")) {
            int k = KINDS.indexOf(kind.trim().equals("color") ? "colour" : kind.trim());
            if (k < 0) {
                throw new IllegalArgumentException("augmentation must be none or a list of " + String.join(", ", KINDS)
                        + ", got '" + kind.trim() + "'");
            }
            on[k] = true;
        }
        return new Augmentation(on[0], on[1], on[2]);
    }

    /** {@code true} if no augmentation is on. */
    public boolean isNone() {
        return !colour && !translation && !cutout;
    }

    /** The augmentation as {@link #parse} reads it. */
    @Override
    public String toString() {
        List<String> on = new ArrayList<>();
        if (colour) {
            on.add("colour");
        }
        if (translation) {
            on.add("translation");
        }
        if (cutout) {
            on.add("cutout");
        }
        return on.isEmpty() ? "none" : String.join(",", on);
    }
}
