package io.github.inpaint4j.io;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * The eight orientations of EXIF and TIFF (tag 274): how the stored rows and columns are shown.
 * {@link #apply} turns a stored image into the one viewers show.
 *
 * <p>Each stored row becomes a shown row (orientations 1 to 4) or a shown column (5 to 8), in its
 * order or reversed, so the turn copies whole rows and works for every raster layout.
 */
enum Orientation {
    /** 1: as stored. */
    NORMAL(false, false, false),
    /** 2: mirrored left to right. */
    MIRROR_HORIZONTAL(false, true, false),
    /** 3: turned half a turn. */
    ROTATE_180(false, true, true),
    /** 4: mirrored top to bottom. */
    MIRROR_VERTICAL(false, false, true),
    /** 5: rows and columns swapped (mirrored along the main diagonal). */
    TRANSPOSE(true, false, false),
    /** 6: to be turned a quarter turn clockwise. */
    ROTATE_90_CLOCKWISE(true, false, true),
    /** 7: mirrored along the other diagonal. */
    TRANSVERSE(true, true, true),
    /** 8: to be turned a quarter turn anticlockwise. */
    ROTATE_90_ANTICLOCKWISE(true, true, false);

    /** Whether a stored row becomes a shown column. */
    private final boolean transposed;
    /** Whether the pixels of a stored row come out in reverse order. */
    private final boolean reverseAlong;
    /** Whether the last stored row comes out first (shown top row, or leftmost column). */
    private final boolean reverseAcross;

    Orientation(boolean transposed, boolean reverseAlong, boolean reverseAcross) {
        this.transposed = transposed;
        this.reverseAlong = reverseAlong;
        this.reverseAcross = reverseAcross;
    }

    /** The orientation of an EXIF or TIFF value 1..8; any other value is {@link #NORMAL} (readers ignore it too). */
    static Orientation of(int value) {
        return value >= 1 && value <= 8 ? values()[value - 1] : NORMAL;
    }

    /** The EXIF value, 1..8. */
    int value() {
        return ordinal() + 1;
    }

    /** {@code true} if the shown picture's width is the stored height (orientations 5 to 8). */
    boolean swapsSides() {
        return transposed;
    }

    /** How viewers turn the stored picture, in words: {@code "turned a quarter turn clockwise"}. */
    String description() {
        return switch (this) {
            case NORMAL -> "as stored";
            case MIRROR_HORIZONTAL -> "mirrored left to right";
            case ROTATE_180 -> "turned half a turn";
            case MIRROR_VERTICAL -> "mirrored top to bottom";
            case TRANSPOSE -> "mirrored along its main diagonal";
            case ROTATE_90_CLOCKWISE -> "turned a quarter turn clockwise";
            case TRANSVERSE -> "mirrored along its other diagonal";
            case ROTATE_90_ANTICLOCKWISE -> "turned a quarter turn anticlockwise";
        };
    }

    /** {@code image} as viewers show it: a new image of the same kind, or {@code image} itself for {@link #NORMAL}. */
    BufferedImage apply(BufferedImage image) {
        if (this == NORMAL) {
            return image;
        }
        Raster source = image.getRaster();
        int w = source.getWidth();
        int h = source.getHeight();
        int bands = source.getNumBands();
        WritableRaster target = transposed ? source.createCompatibleWritableRaster(h, w)
                : source.createCompatibleWritableRaster(w, h);
        double[] row = new double[w * bands];
        double[] reversed = new double[w * bands];
        for (int y = 0; y < h; y++) {
            double[] samples = source.getPixels(0, y, w, 1, row);
            if (reverseAlong) {
                for (int x = 0; x < w; x++) {
                    System.arraycopy(samples, x * bands, reversed, (w - 1 - x) * bands, bands);
                }
                samples = reversed;
            }
            int across = reverseAcross ? h - 1 - y : y;
            if (transposed) {
                target.setPixels(across, 0, 1, w, samples);
            } else {
                target.setPixels(0, across, w, 1, samples);
            }
        }
        return new BufferedImage(image.getColorModel(), target, image.isAlphaPremultiplied(), null);
    }
}
