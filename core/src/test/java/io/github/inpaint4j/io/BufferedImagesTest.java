package io.github.inpaint4j.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.RgbImage;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Conversions between {@code BufferedImage} and the library's images and masks round-trip exactly. */
class BufferedImagesTest {

    @Test
    void aMaskBecomesWhiteHolesOnBlack() {
        Mask mask = Mask.of(3, 2, new boolean[] {true, false, false, false, false, true});
        BufferedImage picture = BufferedImages.toBufferedImage(mask);
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, picture.getType());
        assertEquals(3, picture.getWidth());
        assertEquals(2, picture.getHeight());
        assertArrayEquals(new int[] {255, 0, 0, 0, 0, 255}, picture.getRaster().getSamples(0, 0, 3, 2, 0, (int[]) null));
    }

    @Test
    void maskToPictureAndBackIsExact() {
        SplittableRandom random = new SplittableRandom(7);
        for (int[] size : new int[][] {{1, 1}, {7, 5}, {64, 3}, {31, 37}}) {
            boolean[] holes = new boolean[size[0] * size[1]];
            for (int i = 0; i < holes.length; i++) {
                holes[i] = random.nextBoolean();
            }
            Mask mask = Mask.of(size[0], size[1], holes);
            assertEquals(mask, MaskRule.nonZero().apply(BufferedImages.toBufferedImage(mask)));
        }
        assertEquals(Mask.full(4, 4), MaskRule.nonZero().apply(BufferedImages.toBufferedImage(Mask.full(4, 4))));
        assertEquals(Mask.empty(4, 4), MaskRule.nonZero().apply(BufferedImages.toBufferedImage(Mask.empty(4, 4))));
    }

    @Test
    void aBlackAndWhitePictureToMaskAndBackIsExact() {
        BufferedImage drawn = new BufferedImage(5, 4, BufferedImage.TYPE_BYTE_GRAY);
        int[] levels = new int[20];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = i % 3 == 0 ? 255 : 0;
        }
        drawn.getRaster().setSamples(0, 0, 5, 4, 0, levels);
        BufferedImage back = BufferedImages.toBufferedImage(MaskRule.nonZero().apply(drawn));
        assertArrayEquals(levels, back.getRaster().getSamples(0, 0, 5, 4, 0, (int[]) null));
    }

    @Test
    void eightBitImageToPictureAndBackIsExact() {
        SplittableRandom random = new SplittableRandom(11);
        int w = 13;
        int h = 9;
        float[] planar = new float[3 * w * h];
        for (int i = 0; i < planar.length; i++) {
            planar[i] = random.nextInt(256) / 255f;
        }
        planar[0] = 0f;
        planar[1] = 1f;
        RgbImage image = RgbImage.fromPlanar(w, h, planar);
        BufferedImage picture = BufferedImages.toBufferedImage(image);
        assertEquals(BufferedImage.TYPE_INT_RGB, picture.getType());
        assertEquals(image, BufferedImages.toRgbImage(picture));
        // and a picture's pixels survive the trip through RgbImage
        int[] argb = picture.getRGB(0, 0, w, h, null, 0, w);
        assertArrayEquals(argb, BufferedImages.toBufferedImage(BufferedImages.toRgbImage(picture))
                .getRGB(0, 0, w, h, null, 0, w));
    }

    @Test
    void samplesBetweenLevelsRoundToTheNearestLevel() {
        RgbImage image = RgbImage.fromPlanar(1, 1, new float[] {100.4f / 255f, 100.6f / 255f, 0.5f});
        int rgb = BufferedImages.toBufferedImage(image).getRGB(0, 0);
        assertEquals(100, (rgb >> 16) & 0xff);
        assertEquals(101, (rgb >> 8) & 0xff);
        assertEquals(128, rgb & 0xff);
    }
}
