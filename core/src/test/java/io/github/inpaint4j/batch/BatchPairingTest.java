package io.github.inpaint4j.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BatchPairingTest {

    @Test
    void picturesPairWithMasksOfTheSameNameOrWithTheMaskSuffix() {
        List<BatchItem> items = BatchPairing.pair(List.of("b.jpg", "a.png", "trip/c.JPEG"),
                List.of("a.png", "b_mask.png", "trip/c_mask.bmp"), false);
        assertEquals(List.of(new BatchItem("a.png", "a.png", "a.png", ""),
                new BatchItem("b.jpg", "b_mask.png", "b.png", ""),
                new BatchItem("trip/c.JPEG", "trip/c_mask.bmp", "trip/c.png", "")), items);
    }

    @Test
    void aMissingMaskIsAProblemNamingWhatWasLookedFor() {
        BatchItem item = BatchPairing.pair(List.of("trip/a.png"), List.of("a.png", "trip/b.png"), false).get(0);
        assertFalse(item.isRunnable());
        assertEquals("", item.mask());
        assertEquals("no mask: none of a.* or a_mask.* in the mask folder under trip", item.problem());
    }

    @Test
    void twoMatchingMasksAreAProblemNamingBoth() {
        BatchItem item = BatchPairing.pair(List.of("a.png"), List.of("a_mask.png", "a.png"), false).get(0);
        assertEquals("several masks match: a.png, a_mask.png", item.problem());
    }

    @Test
    void picturesThatWouldWriteTheSameOutputAreBothProblems() {
        List<BatchItem> items = BatchPairing.pair(List.of("a.jpg", "a.png", "b.png"),
                List.of("a.png", "b.png"), false);
        assertEquals("pictures a.jpg and a.png would both write a.png", items.get(0).problem());
        assertEquals("pictures a.jpg and a.png would both write a.png", items.get(1).problem());
        assertTrue(items.get(2).isRunnable());
    }

    @Test
    void masksBesideThePicturesAreTheSuffixedOnes() {
        List<String> files = List.of("a.png", "a_mask.png", "b.png", "b_mask.png", "c.png");
        List<BatchItem> items = BatchPairing.pair(files, files, true);
        assertEquals(3, items.size());
        assertEquals(new BatchItem("a.png", "a_mask.png", "a.png", ""), items.get(0));
        assertEquals(new BatchItem("b.png", "b_mask.png", "b.png", ""), items.get(1));
        assertEquals("c.png", items.get(2).picture());
        assertFalse(items.get(2).isRunnable(), "c.png is not its own mask");
    }

    @Test
    void oneMaskServesEveryPicture() {
        assertEquals(List.of(new BatchItem("a.png", "/m/holes.png", "a.png", ""),
                        new BatchItem("x/b.bmp", "/m/holes.png", "x/b.png", "")),
                BatchPairing.pairWithOneMask(List.of("x/b.bmp", "a.png", "notes.txt"), "/m/holes.png"));
    }

    @Test
    void pictureNamesNeedAPictureExtensionAndNoHiddenPart() {
        assertTrue(BatchPairing.isPictureName("a.PNG"));
        assertTrue(BatchPairing.isPictureName("x/y/a.tiff"));
        assertFalse(BatchPairing.isPictureName("a.txt"));
        assertFalse(BatchPairing.isPictureName("png"));
        assertFalse(BatchPairing.isPictureName(".png"));
        assertFalse(BatchPairing.isPictureName(".a.png.123.tmp"));
        assertFalse(BatchPairing.isPictureName("_SUCCESS"));
        assertFalse(BatchPairing.isPictureName("_temporary/a.png"));
        assertFalse(BatchPairing.isPictureName("x/.cache/a.png"));
    }

    @Test
    void outputsArePngNamedByThePictureStem() {
        assertEquals("trip/a.png", BatchPairing.outputName("trip/a.jpg"));
        assertEquals("a.b.png", BatchPairing.outputName("a.b.bmp"));
        assertEquals("x.y/a.png", BatchPairing.outputName("x.y/a.png"));
    }
}
