package io.github.inpaint4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RgbImageTest {

    @Test
    void planarLayoutIsChannelMajor() {
        float[] planar = new float[3 * 2 * 2];
        for (int i = 0; i < planar.length; i++) {
            planar[i] = i / 16f;
        }
        RgbImage image = RgbImage.fromPlanar(2, 2, planar);
        assertEquals(planar[0], image.get(0, 0, 0));
        assertEquals(planar[1], image.get(1, 0, 0));
        assertEquals(planar[2], image.get(0, 1, 0));
        assertEquals(planar[4 + 3], image.get(1, 1, 1));
        assertEquals(planar[8 + 2], image.get(0, 1, 2));
        assertArrayEquals(planar, image.toPlanar());
    }

    @Test
    void interleavedRoundTrip() {
        float[] rgb = {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f, 0.9f};
        RgbImage image = RgbImage.fromInterleaved(3, 1, rgb);
        assertEquals(0.4f, image.get(1, 0, 0));
        assertEquals(0.9f, image.get(2, 0, 2));
        assertArrayEquals(rgb, image.toInterleaved());
    }

    @Test
    void inputArrayIsCopied() {
        float[] planar = new float[3];
        RgbImage image = RgbImage.fromPlanar(1, 1, planar);
        planar[0] = 1f;
        assertEquals(0f, image.get(0, 0, 0));
        image.toPlanar()[0] = 1f;
        assertEquals(0f, image.get(0, 0, 0));
    }

    @Test
    void sampleOutOfRangeIsNamed() {
        float[] planar = new float[3 * 4];
        planar[4 + 3] = 1.5f;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RgbImage.fromPlanar(2, 2, planar));
        assertTrue(e.getMessage().contains("1.5") && e.getMessage().contains("(1, 1, channel 1)"), e.getMessage());
        planar[4 + 3] = Float.NaN;
        assertThrows(IllegalArgumentException.class, () -> RgbImage.fromPlanar(2, 2, planar));
    }

    @Test
    void wrongLengthAndSizeAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RgbImage.fromPlanar(2, 2, new float[11]));
        assertTrue(e.getMessage().contains("11") && e.getMessage().contains("12"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RgbImage.filled(0, 5, 0, 0, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> RgbImage.filled(2, 2, 0, 0, 0).get(2, 0, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> RgbImage.filled(2, 2, 0, 0, 0).get(0, 0, 3));
    }

    @Test
    void cropKeepsTheRegion() {
        float[] planar = new float[3 * 16];
        for (int i = 0; i < planar.length; i++) {
            planar[i] = i / 48f;
        }
        RgbImage image = RgbImage.fromPlanar(4, 4, planar);
        RgbImage crop = image.crop(new Rect(1, 2, 2, 2));
        assertEquals(2, crop.width());
        assertEquals(image.get(1, 2, 0), crop.get(0, 0, 0));
        assertEquals(image.get(2, 3, 2), crop.get(1, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> image.crop(new Rect(3, 3, 2, 2)));
    }

    @Test
    void equalityIsBitExact() {
        assertEquals(RgbImage.filled(2, 3, 0.5f, 0.5f, 0.5f), RgbImage.filled(2, 3, 0.5f, 0.5f, 0.5f));
        assertEquals(RgbImage.filled(2, 3, 0.5f, 0.5f, 0.5f).hashCode(),
                RgbImage.filled(2, 3, 0.5f, 0.5f, 0.5f).hashCode());
        assertNotEquals(RgbImage.filled(2, 3, 0.5f, 0.5f, 0.5f), RgbImage.filled(3, 2, 0.5f, 0.5f, 0.5f));
        assertNotEquals(RgbImage.filled(2, 3, 0.5f, 0.5f, 0.5f),
                RgbImage.filled(2, 3, 0.5f, 0.5f, Math.nextUp(0.5f)));
    }
}
