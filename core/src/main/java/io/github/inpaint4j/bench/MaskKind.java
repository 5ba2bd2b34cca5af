package io.github.inpaint4j.bench;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.masks.FreeFormMaskGenerator;
import io.github.inpaint4j.masks.MaskGenerator;
import io.github.inpaint4j.masks.RectangleMaskGenerator;
import io.github.inpaint4j.masks.ScratchMaskGenerator;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/** The kinds of hole a bench draws on each picture, from core's seeded mask generators. */
public enum MaskKind {
    /** A centred square a quarter of the side: 64×64 on 256×256, the reference case A. */
    CENTER("a centred square, 1/4 of the side", RectangleMaskGenerator.centred(0.25)),
    /** Free-form brush strokes covering 10–20 % of the picture (DeepFill v2's recipe). */
    STROKES("free-form brush strokes, 10–20 % of the area", FreeFormMaskGenerator.withCoverage(0.1, 0.2)),
    /** One to four thin scratches, 1–3 pixels wide. */
    SCRATCHES("1–4 thin scratches, 1–3 px wide", ScratchMaskGenerator.defaults()),
    /** A centred square half the side: a quarter of the picture, an object to remove. */
    LARGE("a centred square, 1/2 of the side", RectangleMaskGenerator.centred(0.5));

    private final String description;
    private final MaskGenerator generator;

    MaskKind(String description, MaskGenerator generator) {
        this.description = description;
        this.generator = generator;
    }

    /** The name on the command line and in the outputs: {@code center}, {@code strokes}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What the hole looks like, in a few words. */
    public String description() {
        return description;
    }

    /** The hole of this kind that {@code random} draws on a {@code width × height} picture. */
    public Mask draw(int width, int height, SplittableRandom random) {
        return generator.generate(width, height, random);
    }

    /**
     * The kind named {@code id} (any case).
     *
     * @throws IllegalArgumentException naming the id and the known ones if there is none
     */
    public static MaskKind of(String id) {
        for (MaskKind kind : values()) {
            if (kind.id().equalsIgnoreCase(id.trim())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown mask kind '" + id + "' (known: "
                + Arrays.stream(values()).map(MaskKind::id).collect(Collectors.joining(", ")) + ")");
    }
}
