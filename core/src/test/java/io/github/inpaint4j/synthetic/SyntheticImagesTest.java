package io.github.inpaint4j.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.inpaint4j.RgbImage;
import org.junit.jupiter.api.Test;

class SyntheticImagesTest {

    @Test
    void stripesRepeatWithTheirPeriod() {
        RgbImage stripes = SyntheticImages.stripes(20, 3, 6);
        for (int x = 0; x + 6 < 20; x++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(stripes.get(x, 1, c), stripes.get(x + 6, 2, c));
            }
        }
        assertNotEquals(stripes.get(0, 0, 0), stripes.get(3, 0, 0));
        assertEquals(stripes.get(0, 0, 0), stripes.get(2, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> SyntheticImages.stripes(4, 4, 1));
    }

    @Test
    void checkerboardAlternates() {
        RgbImage board = SyntheticImages.checkerboard(8, 8, 2);
        assertEquals(board.get(0, 0, 2), board.get(3, 3, 2));
        assertNotEquals(board.get(0, 0, 2), board.get(2, 0, 2));
        assertEquals(board.get(2, 0, 2), board.get(0, 2, 2));
    }

    @Test
    void gradientIsLinear() {
        RgbImage g = SyntheticImages.gradient(9, 5);
        assertEquals(0.1f, g.get(0, 0, 0), 1e-6);
        assertEquals(0.9f, g.get(8, 0, 0), 1e-6);
        assertEquals(0.5f, g.get(4, 3, 0), 1e-6);
        assertEquals(0.9f, g.get(0, 4, 1), 1e-6);
    }

    @Test
    void noiseIsSeeded() {
        assertEquals(SyntheticImages.noise(5, 5, 1), SyntheticImages.noise(5, 5, 1));
        assertNotEquals(SyntheticImages.noise(5, 5, 1), SyntheticImages.noise(5, 5, 2));
    }
}
