package io.github.inpaint4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.synthetic.SyntheticImages;
import org.junit.jupiter.api.Test;

class CanvasExtensionTest {

    @Test
    void placesThePictureInsideABlackBorderThatIsAllHole() {
        RgbImage picture = SyntheticImages.gradient(5, 4);
        CanvasExtension.Extended canvas = new CanvasExtension(2, 1, 3, 0).apply(picture);
        assertEquals(8, canvas.image().width());
        assertEquals(7, canvas.image().height());
        assertEquals(new Rect(2, 3, 5, 4), canvas.inner());
        assertEquals(picture, canvas.image().crop(canvas.inner()));
        assertEquals(8 * 7 - 5 * 4, canvas.mask().holeCount(), "the border, and only it, is hole");
        for (int y = 0; y < 7; y++) {
            for (int x = 0; x < 8; x++) {
                boolean border = !canvas.inner().contains(x, y);
                assertEquals(border, canvas.mask().isHole(x, y), x + "," + y);
                if (border) {
                    for (int c = 0; c < 3; c++) {
                        assertEquals(0f, canvas.image().get(x, y, c));
                    }
                }
            }
        }
    }

    @Test
    void carriesThePicturesOwnHolesToWhereItSits() {
        RgbImage picture = SyntheticImages.gradient(6, 6);
        Mask holes = Mask.fromRectangles(6, 6, new Rect(1, 2, 2, 1));
        CanvasExtension.Extended canvas = new CanvasExtension(0, 3, 1, 2).apply(picture, holes);
        assertTrue(canvas.mask().isHole(1, 3));
        assertTrue(canvas.mask().isHole(2, 3));
        assertFalse(canvas.mask().isHole(3, 3));
        assertEquals(holes, canvas.mask().crop(canvas.inner()));
        assertEquals(9 * 9 - 36 + 2, canvas.mask().holeCount());
        assertEquals(canvas.mask(), new CanvasExtension(0, 3, 1, 2).apply(holes), "the mask alone is the same");
    }

    @Test
    void noExtensionGivesThePictureAndItsHolesAsTheyAre() {
        RgbImage picture = SyntheticImages.gradient(6, 5);
        Mask holes = Mask.fromRectangles(6, 5, new Rect(1, 1, 2, 2));
        CanvasExtension.Extended same = CanvasExtension.none().apply(picture, holes);
        assertTrue(CanvasExtension.none().isNone());
        assertSame(picture, same.image());
        assertSame(holes, same.mask());
    }

    @Test
    void refusesNegativeOrHugeSidesNamingThem() {
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> new CanvasExtension(0, -1, 0, 0));
        assertTrue(negative.getMessage().contains("right") && negative.getMessage().contains("[0, 65536]")
                && negative.getMessage().contains("-1"), negative.getMessage());
        IllegalArgumentException huge = assertThrows(IllegalArgumentException.class,
                () -> new CanvasExtension(0, 0, 70_000, 0));
        assertTrue(huge.getMessage().contains("top") && huge.getMessage().contains("70000"), huge.getMessage());
        IllegalArgumentException tooLarge = assertThrows(IllegalArgumentException.class,
                () -> new CanvasExtension(65_536, 65_536, 65_536, 65_536).apply(RgbImage.filled(2, 2, 0, 0, 0)));
        assertTrue(tooLarge.getMessage().contains("larger than a picture can be"), tooLarge.getMessage());
        assertEquals(131_074L * 131_074L, new CanvasExtension(65_536, 65_536, 65_536, 65_536).pixels(2, 2));
    }

    @Test
    void refusesHolesOfAnotherSize() {
        assertThrows(IllegalArgumentException.class,
                () -> new CanvasExtension(1, 1, 1, 1).apply(RgbImage.filled(4, 4, 0, 0, 0), Mask.empty(3, 4)));
    }
}
