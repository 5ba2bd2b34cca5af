package io.github.inpaint4j.gan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.modality.cv.Image;
import ai.djl.modality.cv.ImageFactory;
import io.github.inpaint4j.RgbImage;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DjlImagesTest {

    /** A picture of random 8-bit samples, {@code v / 255f}, odd sizes so rows and planes cannot be confused. */
    private static RgbImage eightBit(int width, int height, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] planar = new float[RgbImage.CHANNELS * width * height];
        for (int i = 0; i < planar.length; i++) {
            planar[i] = random.nextInt(256) / 255f;
        }
        return RgbImage.fromPlanar(width, height, planar);
    }

    @Test
    void anEightBitPictureComesBackBitForBit() {
        RgbImage picture = eightBit(7, 5, 1);
        Image image = DjlImages.toImage(picture);
        assertEquals(7, image.getWidth());
        assertEquals(5, image.getHeight());
        assertEquals(picture, DjlImages.toRgbImage(image));
    }

    @Test
    void theSamplesLandOnTheRightPixelsAndChannels() {
        float[] planar = new float[RgbImage.CHANNELS * 2];
        planar[0] = 1f; // pixel (0, 0) red
        planar[2 + 1] = 128 / 255f; // pixel (1, 0) green
        planar[4] = 3 / 255f; // pixel (0, 0) blue
        BufferedImage wrapped = (BufferedImage) DjlImages.toImage(RgbImage.fromPlanar(2, 1, planar)).getWrappedImage();
        assertEquals(0xFFFF0003, wrapped.getRGB(0, 0));
        assertEquals(0xFF008000, wrapped.getRGB(1, 0));
    }

    @Test
    void aDjlImageComesBackPixelForPixel() {
        SplittableRandom random = new SplittableRandom(2);
        int[] argb = new int[9 * 4];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = 0xFF000000 | random.nextInt(1 << 24);
        }
        Image image = ImageFactory.getInstance().fromPixels(argb, 9, 4);
        BufferedImage back = (BufferedImage) DjlImages.toImage(DjlImages.toRgbImage(image)).getWrappedImage();
        assertArrayEquals(argb, back.getRGB(0, 0, 9, 4, null, 0, 9));
    }

    @Test
    void otherSamplesAreRoundedToTheNearestLevel() {
        RgbImage fine = RgbImage.fromPlanar(1, 1, new float[] {0.5f, 0.1f, 0.999f});
        RgbImage back = DjlImages.toRgbImage(DjlImages.toImage(fine));
        assertArrayEquals(new float[] {128 / 255f, 26 / 255f, 1f}, back.toPlanar());
    }
}
