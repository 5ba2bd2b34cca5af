package io.github.inpaint4j.gan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Inpainters;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code gan} in the registry: the checkpoint and thread options build the same inpainter as {@link GanInpainter#load}. */
class GanRegistryTest {

    @Test
    void ganIsRegisteredWithItsOptions() {
        assertTrue(Inpainters.names().contains("gan"), Inpainters.names().toString());
        assertEquals(java.util.List.of("checkpoint", "threads"), Inpainters.describe("gan").optionNames());
    }

    @Test
    void aCheckpointOptionLoadsThatCheckpoint() throws IOException {
        RgbImage picture = RgbImage.filled(24, 24, 0.3f, 0.5f, 0.7f);
        Mask hole = Mask.fromRectangles(24, 24, new Rect(8, 8, 6, 6));
        try (GanInpainter direct = GanInpainter.load(TinyGan.run(), 1);
                Inpainter registered = Inpainters.create("gan", Map.of("checkpoint", TinyGan.run().toString(),
                        "threads", "1"))) {
            assertArrayEquals(direct.inpaint(picture, hole).toPlanar(), registered.inpaint(picture, hole).toPlanar());
        }
    }

    @Test
    void withoutACheckpointItIsTheDefaultModel() throws IOException {
        RgbImage picture = RgbImage.filled(24, 24, 0.3f, 0.5f, 0.7f);
        Mask hole = Mask.fromRectangles(24, 24, new Rect(8, 8, 6, 6));
        try (GanInpainter direct = GanInpainter.loadDefault(1);
                Inpainter registered = Inpainters.create("gan", Map.of("threads", "1"))) {
            assertArrayEquals(direct.inpaint(picture, hole).toPlanar(), registered.inpaint(picture, hole).toPlanar());
        }
    }
}
