package io.github.inpaint4j;

import io.github.inpaint4j.settings.Setting;
import io.github.inpaint4j.settings.SettingValues;
import io.github.inpaint4j.settings.Settings;
import java.util.Arrays;
import java.util.Objects;

/**
 * Outpainting: how many pixels to add on each side of a picture, and the larger picture and mask
 * that any {@link Inpainter} then fills. The new border is a hole (it starts black); the picture's
 * own pixels sit inside it unchanged and stay known, so that every method continues the picture
 * outwards the way it fills a hole:
 * <pre>{@code
 * CanvasExtension.Extended wider = new CanvasExtension(64, 64, 0, 0).apply(picture);
 * RgbImage result = inpainter.inpaint(wider.image(), wider.mask());   // 128 pixels wider
 * }</pre>
 * {@link #apply(RgbImage, Mask)} also carries holes of the picture itself, so that one fill both
 * removes something and extends the canvas. Immutable.
 *
 * <p>Each side is a {@link Setting} ({@link #SETTINGS}), declared once for every front end.
 *
 * @param left pixels added on the left, in [0, {@value #MAX_SIDE}]
 * @param right pixels added on the right, in [0, {@value #MAX_SIDE}]
 * @param top pixels added at the top, in [0, {@value #MAX_SIDE}]
 * @param bottom pixels added at the bottom, in [0, {@value #MAX_SIDE}]
 * @since 0.2.0
 */
public record CanvasExtension(int left, int right, int top, int bottom) {

    /** The most pixels added on one side. */
    public static final int MAX_SIDE = 65_536;

    /** The {@code left} setting: pixels added on the left. */
    public static final Setting<Integer> LEFT = side("left");
    /** The {@code right} setting: pixels added on the right. */
    public static final Setting<Integer> RIGHT = side("right");
    /** The {@code top} setting: pixels added at the top. */
    public static final Setting<Integer> TOP = side("top");
    /** The {@code bottom} setting: pixels added at the bottom. */
    public static final Setting<Integer> BOTTOM = side("bottom");
    /** The four sides, as the front ends offer them ({@code inpaint extend --left N}, ...). */
    public static final Settings SETTINGS = Settings.of(LEFT, RIGHT, TOP, BOTTOM);

    private static Setting<Integer> side(String side) {
        return Setting.integer(side, 0).range(0, MAX_SIDE)
                .help("pixels added " + (side.equals("left") || side.equals("right") ? "on the " : "at the ") + side
                        + ", filled by the method with the holes");
    }

    /** Checks each side against its setting; the message names the side, the range and the value. */
    public CanvasExtension {
        LEFT.check(left);
        RIGHT.check(right);
        TOP.check(top);
        BOTTOM.check(bottom);
    }

    /**
     * The extension that {@code values} give: each side given, the others 0.
     *
     * @throws io.github.inpaint4j.settings.SettingException if a value is not allowed
     */
    public static CanvasExtension of(SettingValues values) {
        return new CanvasExtension(values.get(LEFT), values.get(RIGHT), values.get(TOP), values.get(BOTTOM));
    }

    /** No extension: {@link #apply} gives the picture and its holes as they are. */
    public static CanvasExtension none() {
        return new CanvasExtension(0, 0, 0, 0);
    }

    /** {@code true} if no side is extended. */
    public boolean isNone() {
        return left == 0 && right == 0 && top == 0 && bottom == 0;
    }

    /** The width of the extended canvas of a picture {@code width} wide. */
    public long width(int width) {
        return (long) width + left + right;
    }

    /** The height of the extended canvas of a picture {@code height} high. */
    public long height(int height) {
        return (long) height + top + bottom;
    }

    /** The pixel count of the extended canvas of a {@code width}×{@code height} picture. */
    public long pixels(int width, int height) {
        return width(width) * height(height);
    }

    /** Where a {@code width}×{@code height} picture sits in its extended canvas. */
    public Rect inner(int width, int height) {
        return new Rect(left, top, width, height);
    }

    /**
     * The extended picture and the mask of its new border.
     *
     * @throws IllegalArgumentException if the canvas would be larger than an {@link RgbImage} holds
     */
    public Extended apply(RgbImage picture) {
        return apply(picture, Mask.empty(picture.width(), picture.height()));
    }

    /**
     * The extended picture and a mask holding its new border and {@code holes}, moved to where the
     * picture sits.
     *
     * @param holes holes of the picture itself, of its size (an empty mask for none)
     * @throws IllegalArgumentException if the sizes differ, or the canvas would be larger than an
     *     {@link RgbImage} holds
     */
    public Extended apply(RgbImage picture, Mask holes) {
        Objects.requireNonNull(picture, "picture");
        Objects.requireNonNull(holes, "holes");
        holes.requireSameSize(picture);
        int width = canvasSide("width", width(picture.width()));
        int height = canvasSide("height", height(picture.height()));
        if (isNone()) {
            return new Extended(picture, holes, inner(width, height));
        }
        long samples = 3L * width * height;
        if (samples > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the extended canvas " + width + "×" + height + " is larger than a"
                    + " picture can be (" + (Integer.MAX_VALUE - 8) / 3 + " pixels)");
        }
        int plane = width * height;
        int sourcePlane = picture.width() * picture.height();
        float[] source = picture.toPlanar();
        float[] canvas = new float[(int) samples];
        boolean[] hole = new boolean[plane];
        Arrays.fill(hole, true);
        for (int y = 0; y < picture.height(); y++) {
            int from = y * picture.width();
            int to = (y + top) * width + left;
            for (int c = 0; c < RgbImage.CHANNELS; c++) {
                System.arraycopy(source, c * sourcePlane + from, canvas, c * plane + to, picture.width());
            }
            for (int x = 0; x < picture.width(); x++) {
                hole[to + x] = holes.isHole(from + x);
            }
        }
        return new Extended(RgbImage.fromPlanar(width, height, canvas), Mask.of(width, height, hole),
                inner(picture.width(), picture.height()));
    }

    /**
     * The mask of the extended canvas alone: the new border and {@code holes} where the picture sits
     * (what {@link #apply(RgbImage, Mask)} gives, without the picture), for an estimate of the cost.
     *
     * @throws IllegalArgumentException if the canvas would be larger than a mask holds
     */
    public Mask apply(Mask holes) {
        Objects.requireNonNull(holes, "holes");
        if (isNone()) {
            return holes;
        }
        int width = canvasSide("width", width(holes.width()));
        int height = canvasSide("height", height(holes.height()));
        if ((long) width * height > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the extended canvas " + width + "×" + height + " is too large");
        }
        boolean[] hole = new boolean[width * height];
        Arrays.fill(hole, true);
        for (int y = 0; y < holes.height(); y++) {
            int from = y * holes.width();
            int to = (y + top) * width + left;
            for (int x = 0; x < holes.width(); x++) {
                hole[to + x] = holes.isHole(from + x);
            }
        }
        return Mask.of(width, height, hole);
    }

    private static int canvasSide(String what, long side) {
        if (side > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the extended canvas's " + what + " " + side + " is too large");
        }
        return (int) side;
    }

    /**
     * A picture on its extended canvas.
     *
     * @param image the canvas: the picture at {@link #inner()}, black around it
     * @param mask the holes to fill: the new border and the picture's own holes
     * @param inner where the picture sits in the canvas
     */
    public record Extended(RgbImage image, Mask mask, Rect inner) {

        /** Checks that the three agree. */
        public Extended {
            Objects.requireNonNull(image, "image");
            Objects.requireNonNull(mask, "mask");
            Objects.requireNonNull(inner, "inner");
            mask.requireSameSize(image);
            if (!inner.isInside(image.width(), image.height())) {
                throw new IllegalArgumentException("inner " + inner + " is not inside the " + image.width() + "×"
                        + image.height() + " canvas");
            }
        }
    }
}
