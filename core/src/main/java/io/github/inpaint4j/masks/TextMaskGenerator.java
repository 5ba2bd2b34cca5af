package io.github.inpaint4j.masks;

import io.github.inpaint4j.Mask;
import java.util.SplittableRandom;

/**
 * Text overlays, as a caption or a date stamp over a photo: one or more lines of words whose
 * letters are drawn with a thin round pen. The letters are not a font: each is two to four strokes
 * between the nodes of a 3×3 grid over a cell as wide as 0.6 of the letter height, which gives
 * the mix of verticals, horizontals, diagonals and junctions of real glyphs while keeping the mask
 * a function of the seed alone (no font, so the same on every machine). Words of 2 to 8 letters
 * are separated by a letter's width; a line starts at a random place and runs on until the
 * picture's edge or its word count ends.
 *
 * @param minLines fewest lines, at least 1
 * @param maxLines most lines
 * @param minHeight smallest letter height in pixels, at least 3
 * @param maxHeight largest letter height in pixels
 * @param minStroke thinnest pen in pixels, at least 1
 * @param maxStroke widest pen in pixels
 */
public record TextMaskGenerator(int minLines, int maxLines, double minHeight, double maxHeight, double minStroke,
        double maxStroke) implements MaskGenerator {

    private static final double CELL_WIDTH = 0.6;
    private static final double GAP = 0.25;
    private static final int MAX_WORDS = 6;

    /** @throws IllegalArgumentException naming the bad field and its value */
    public TextMaskGenerator {
        if (minLines < 1 || maxLines < minLines) {
            throw new IllegalArgumentException("line counts must satisfy 1 <= min <= max, got min " + minLines
                    + ", max " + maxLines);
        }
        if (!(minHeight >= 3 && minHeight <= maxHeight && Double.isFinite(maxHeight))) {
            throw new IllegalArgumentException("letter heights must satisfy 3 <= min <= max, got min " + minHeight
                    + ", max " + maxHeight);
        }
        if (!(minStroke >= 1 && minStroke <= maxStroke && Double.isFinite(maxStroke))) {
            throw new IllegalArgumentException("pen widths must satisfy 1 <= min <= max, got min " + minStroke
                    + ", max " + maxStroke);
        }
    }

    /** One or two lines, letters 7 to 16 pixels high, a pen 1 to 3 pixels wide. */
    public static TextMaskGenerator defaults() {
        return new TextMaskGenerator(1, 2, 7, 16, 1, 3);
    }

    @Override
    public Mask generate(int width, int height, SplittableRandom random) {
        MaskCanvas canvas = new MaskCanvas(width, height);
        int lines = random.nextInt(minLines, maxLines + 1);
        for (int line = 0; line < lines; line++) {
            double letter = FreeFormMaskGenerator.uniform(random, minHeight, maxHeight);
            double radius = FreeFormMaskGenerator.uniform(random, minStroke, maxStroke) / 2;
            double x = random.nextDouble(0, Math.max(1, width - 2 * CELL_WIDTH * letter));
            double y = random.nextDouble(0, Math.max(1, height - letter));
            int words = random.nextInt(1, MAX_WORDS + 1);
            for (int word = 0; word < words && x < width; word++) {
                int letters = random.nextInt(2, 9);
                for (int k = 0; k < letters && x < width; k++) {
                    glyph(canvas, random, x, y, letter, radius);
                    x += (CELL_WIDTH + GAP) * letter;
                }
                x += CELL_WIDTH * letter;
            }
        }
        return canvas.toMask();
    }

    /** Two to four strokes between distinct nodes of a 3×3 grid over the letter's cell. */
    private static void glyph(MaskCanvas canvas, SplittableRandom random, double x, double y, double letter,
            double radius) {
        int strokes = random.nextInt(2, 5);
        double cell = CELL_WIDTH * letter;
        for (int s = 0; s < strokes; s++) {
            int from = random.nextInt(9);
            int to = (from + 1 + random.nextInt(8)) % 9;
            canvas.segment(x + from % 3 * cell / 2, y + from / 3 * letter / 2, x + to % 3 * cell / 2,
                    y + to / 3 * letter / 2, radius);
        }
    }
}
