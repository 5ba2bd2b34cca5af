package io.github.inpaint4j.bench;

import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.io.BufferedImages;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Draws the picture a person looks at first: a title, then a row of labelled tiles (the intact
 * picture, the input with its hole, each method's result). A tile without an image (a failed
 * method) is drawn as a grey square.
 */
final class Montage {

    private static final int GAP = 8;
    private static final int MIN_COLUMN = 150;
    private static final int TITLE_HEIGHT = 24;
    private static final int LINE_HEIGHT = 15;
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private Montage() {
    }

    /** Lines of figures under each tile's name. */
    static final int DETAIL_LINES = 2;

    /**
     * One labelled tile.
     *
     * @param name first line of the label
     * @param details the lines below it (figures, or why there is no image), at most {@link #DETAIL_LINES}
     * @param image the picture, or {@code null} for a grey square
     */
    record Tile(String name, List<String> details, RgbImage image) {
        Tile {
            details = List.copyOf(details);
            if (details.size() > DETAIL_LINES) {
                throw new IllegalArgumentException("a tile has at most " + DETAIL_LINES + " lines of details");
            }
        }
    }

    /** The montage of {@code tiles}, all of {@code side × side} pixels, under {@code title}. */
    static BufferedImage draw(String title, int side, List<Tile> tiles) {
        int column = Math.max(side, MIN_COLUMN);
        int width = GAP + tiles.size() * (column + GAP);
        int top = GAP + TITLE_HEIGHT + (1 + DETAIL_LINES) * LINE_HEIGHT + 4;
        BufferedImage montage = new BufferedImage(width, top + side + GAP, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = montage.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, montage.getWidth(), montage.getHeight());
            g.setColor(Color.BLACK);
            g.setFont(TITLE_FONT);
            g.drawString(fit(title, g.getFontMetrics(), width - 2 * GAP), GAP, GAP + 15);
            g.setFont(LABEL_FONT);
            for (int i = 0; i < tiles.size(); i++) {
                Tile tile = tiles.get(i);
                int left = GAP + i * (column + GAP);
                FontMetrics metrics = g.getFontMetrics();
                g.setColor(Color.BLACK);
                g.drawString(fit(tile.name(), metrics, column), left, GAP + TITLE_HEIGHT + LINE_HEIGHT - 3);
                g.setColor(Color.DARK_GRAY);
                for (int line = 0; line < tile.details().size(); line++) {
                    g.drawString(fit(tile.details().get(line), metrics, column), left,
                            GAP + TITLE_HEIGHT + (2 + line) * LINE_HEIGHT - 3);
                }
                int x = left + (column - side) / 2;
                if (tile.image() == null) {
                    g.setColor(Color.LIGHT_GRAY);
                    g.fillRect(x, top, side, side);
                } else {
                    g.drawImage(BufferedImages.toBufferedImage(tile.image()), x, top, null);
                }
            }
        } finally {
            g.dispose();
        }
        return montage;
    }

    /** {@code text}, cut and ended with an ellipsis if it is wider than {@code width} pixels. */
    private static String fit(String text, FontMetrics metrics, int width) {
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && metrics.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}
