package io.github.inpaint4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import org.junit.jupiter.api.Test;

class OrientationTest {

    /** Where the stored pixel (x, y) of a w×h image is shown, for orientations 1..8, from the EXIF specification's wording. */
    static int[] shownAt(int orientation, int x, int y, int w, int h) {
        return switch (orientation) {
            case 1 -> new int[] {x, y};
            case 2 -> new int[] {w - 1 - x, y}; // row 0 at the top, column 0 on the right
            case 3 -> new int[] {w - 1 - x, h - 1 - y}; // row 0 at the bottom, column 0 on the right
            case 4 -> new int[] {x, h - 1 - y}; // row 0 at the bottom, column 0 on the left
            case 5 -> new int[] {y, x}; // row 0 on the left, column 0 at the top
            case 6 -> new int[] {h - 1 - y, x}; // row 0 on the right, column 0 at the top
            case 7 -> new int[] {h - 1 - y, w - 1 - x}; // row 0 on the right, column 0 at the bottom
            case 8 -> new int[] {y, w - 1 - x}; // row 0 on the left, column 0 at the bottom
            default -> throw new IllegalArgumentException("orientation " + orientation);
        };
    }

    @Test
    void everyOrientationShowsEachStoredPixelWhereTheSpecificationSays() {
        int w = 4;
        int h = 3;
        BufferedImage stored = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                stored.setRGB(x, y, 0x010101 * (10 * y + x + 1));
            }
        }
        for (int v = 1; v <= 8; v++) {
            BufferedImage shown = Orientation.of(v).apply(stored);
            boolean turned = v >= 5;
            assertEquals(turned ? h : w, shown.getWidth(), "width, orientation " + v);
            assertEquals(turned ? w : h, shown.getHeight(), "height, orientation " + v);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int[] at = shownAt(v, x, y, w, h);
                    assertEquals(stored.getRGB(x, y), shown.getRGB(at[0], at[1]),
                            "orientation " + v + ", stored pixel " + x + "," + y);
                }
            }
        }
    }

    @Test
    void valuesOutsideOneToEightAreIgnoredAndNormalIsTheSameImage() {
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        assertSame(Orientation.NORMAL, Orientation.of(0));
        assertSame(Orientation.NORMAL, Orientation.of(9));
        assertSame(image, Orientation.NORMAL.apply(image));
        assertEquals(6, Orientation.ROTATE_90_CLOCKWISE.value());
    }

    @Test
    void paletteImagesKeepTheirPaletteAndTransparency() {
        byte[] r = {0, (byte) 200};
        byte[] g = {0, 100};
        byte[] b = {0, 50};
        byte[] a = {0, (byte) 255};
        BufferedImage palette = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(1, 2, r, g, b, a));
        palette.getRaster().setSample(1, 0, 0, 1);
        BufferedImage shown = Orientation.ROTATE_90_CLOCKWISE.apply(palette);
        assertSame(palette.getColorModel(), shown.getColorModel());
        assertEquals(1, shown.getWidth());
        assertEquals(0x00000000, shown.getRGB(0, 0));
        assertEquals(0xffc86432, shown.getRGB(0, 1));
    }
}
