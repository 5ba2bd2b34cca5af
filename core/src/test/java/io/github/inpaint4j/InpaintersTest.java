package io.github.inpaint4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.registry.MethodDescription;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The registry, with core's only provider: the test method {@code test-grey} listed in the test resources. */
class InpaintersTest {

    @Test
    void findsAProviderListedInMetaInfServices() throws IOException {
        assertEquals(List.of("test-grey"), Inpainters.names());
        MethodDescription grey = Inpainters.describe("test-grey");
        assertEquals("paints every hole one grey level", grey.summary());
        assertEquals(List.of(grey), Inpainters.descriptions());
        RgbImage picture = RgbImage.filled(4, 3, 0.2f, 0.4f, 0.6f);
        Mask hole = Mask.fromRectangles(4, 3, new Rect(1, 1, 2, 1));
        try (Inpainter defaults = Inpainters.create("test-grey");
                Inpainter dark = Inpainters.create("test-grey", Map.of("level", "0.25", "invert", "true"))) {
            assertEquals(0.5f, defaults.inpaint(picture, hole).get(1, 1, 0));
            RgbImage out = dark.inpaint(picture, hole);
            assertEquals(0.75f, out.get(2, 1, 2));
            assertEquals(0.2f, out.get(0, 0, 0), "known pixels stay");
        }
    }

    @Test
    void anUnknownMethodListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Inpainters.create("magic"));
        assertEquals("unknown method 'magic' (known: test-grey)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Inpainters.describe("Telea"));
    }

    @Test
    void anUnknownOptionListsTheMethodsOptions() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Inpainters.create("test-grey", Map.of("radius", "3")));
        assertEquals("method test-grey has no option 'radius' (its options: level, invert, channel, count, file, label,"
                + " seed, threads)", e.getMessage());
    }

    @Test
    void badValuesNameTheOptionAndTheValue() {
        assertMessage("option level of test-grey must be in [0, 1], got 1.5", Map.of("level", "1.5"));
        assertMessage("option level of test-grey must be a number, got 'dark'", Map.of("level", "dark"));
        assertMessage("option level of test-grey must be a finite number, got 'NaN'", Map.of("level", "NaN"));
        assertMessage("option invert of test-grey must be true or false, got 'yes'", Map.of("invert", "yes"));
        assertMessage("option channel of test-grey must be one of all, red, got 'blue'", Map.of("channel", "blue"));
        assertMessage("option count of test-grey must be in [1, 10], got 11", Map.of("count", "11"));
        assertMessage("option count of test-grey must be a whole number, got '2.5'", Map.of("count", "2.5"));
        assertMessage("option threads of test-grey must be in [1, " + Threads.max() + "] (4 × the " + Threads.available()
                + " available processors, at least 8), got 0", Map.of("threads", "0"));
        assertMessage("option file of test-grey must be a file path, got an empty value", Map.of("file", " "));
    }

    private static void assertMessage(String expected, Map<String, String> options) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Inpainters.create("test-grey", options));
        assertEquals(expected, e.getMessage());
    }
}
