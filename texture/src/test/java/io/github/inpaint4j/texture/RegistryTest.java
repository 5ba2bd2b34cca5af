package io.github.inpaint4j.texture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Inpainters;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.io.ImageTooLargeException;
import io.github.inpaint4j.io.ReadOptions;
import io.github.inpaint4j.settings.SettingException;
import io.github.inpaint4j.synthetic.SyntheticImages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Texture's methods in the registry: each name builds the inpainter its options describe. */
class RegistryTest {

    private static final RgbImage PICTURE = SyntheticImages.stripes(40, 32, 6);
    private static final Mask HOLE = Mask.fromRectangles(40, 32, new Rect(14, 10, 9, 8));

    @Test
    void texturesMethodsAreRegistered() {
        assertTrue(Inpainters.names().containsAll(java.util.List.of("telea", "efros-leung", "criminisi", "patchmatch")),
                Inpainters.names().toString());
    }

    @Test
    void teleaOptions() throws IOException {
        assertSameFill(new TeleaInpainter(new TeleaConfig(3)), Inpainters.create("telea", Map.of("radius", "3")));
        assertSameFill(new TeleaInpainter(), Inpainters.create("telea"));
    }

    @Test
    void criminisiOptions() throws IOException {
        assertSameFill(new CriminisiInpainter(CriminisiConfig.defaults().withPatch(5).withSearchRadius(12).withThreads(1)),
                Inpainters.create("criminisi", Map.of("patch", "5", "search-radius", "12", "threads", "1")));
        assertSameFill(new CriminisiInpainter(), Inpainters.create("criminisi"));
    }

    @Test
    void efrosLeungOptions(@TempDir Path dir) throws IOException {
        EfrosLeungConfig config = EfrosLeungConfig.defaults().withWindow(5).withEpsilon(0.2).withMaxError(0.5)
                .withDistance(WindowDistance.NORMALISED_SSD).withChoice(CandidateChoice.WEIGHTED)
                .withSearch(SearchMode.FAST).withThreads(2).withSeed(5);
        assertSameFill(new EfrosLeungInpainter(config), Inpainters.create("efros-leung", Map.of("window", "5",
                "epsilon", "0.2", "max-error", "0.5", "distance", "normalised-ssd", "choice", "weighted", "fast", "true",
                "threads", "2", "seed", "5")));
        Path sample = dir.resolve("sample.png");
        ImageFiles.write(SyntheticImages.checkerboard(16, 16, 4), sample, false);
        assertSameFill(new EfrosLeungInpainter(EfrosLeungConfig.defaults().withWindow(5), ImageFiles.read(sample)),
                Inpainters.create("efros-leung", Map.of("window", "5", "sample", sample.toString())));
        // the sample is read with the caller's rules: 16×16 = 256 pixels is over a limit of 255
        ImageTooLargeException tooLarge = assertThrows(ImageTooLargeException.class, () -> Inpainters.create(
                "efros-leung", Map.of("sample", sample.toString()), ReadOptions.defaults().withMaxPixels(255)));
        assertTrue(tooLarge.getMessage().contains("255"), tooLarge.getMessage());
    }

    @Test
    void patchMatchOptions() throws IOException {
        PatchMatchConfig config = PatchMatchConfig.defaults().withPatch(5).withLevels(2).withIterations(6, 3)
                .withSearchIterations(3).withSeed(9).withThreads(1);
        assertSameFill(new PatchMatchInpainter(config), Inpainters.create("patchmatch", Map.of("patch", "5",
                "levels", "2", "coarsest-iterations", "6", "finest-iterations", "3", "search-iterations", "3",
                "seed", "9", "threads", "1")));
        assertSameFill(new PatchMatchInpainter(), Inpainters.create("patchmatch"));
        IllegalArgumentException big = assertThrows(IllegalArgumentException.class,
                () -> Inpainters.create("patchmatch", Map.of("patch", "33")));
        assertEquals("option patch of patchmatch must be odd and in [3, 31], got 33", big.getMessage());
    }

    /** {@code source-mask} means the same for the three exemplar methods: the file's white pixels may be copied. */
    @Test
    void sourceMaskOptionOfTheExemplarMethods(@TempDir Path dir) throws IOException {
        Mask source = Mask.fromRectangles(40, 32, new Rect(0, 0, 14, 32));
        Path file = dir.resolve("source.png");
        ImageFiles.writeMask(source, file, false);
        String path = file.toString();
        assertSameFill(new CriminisiInpainter(CriminisiConfig.defaults().withPatch(5).withSourceMask(source)),
                Inpainters.create("criminisi", Map.of("patch", "5", "source-mask", path)));
        assertSameFill(new EfrosLeungInpainter(EfrosLeungConfig.defaults().withWindow(5).withSourceMask(source)),
                Inpainters.create("efros-leung", Map.of("window", "5", "source-mask", path)));
        assertSameFill(new PatchMatchInpainter(PatchMatchConfig.defaults().withPatch(5).withSourceMask(source)),
                Inpainters.create("patchmatch", Map.of("patch", "5", "source-mask", path)));
        for (String method : new String[] {"criminisi", "efros-leung", "patchmatch"}) {
            assertTrue(Inpainters.describe(method).option("source-mask").isPresent(), method);
        }
    }

    @Test
    void theRegistryChecksTheRangeTheConfigurationDeclares() {
        SettingException even = assertThrows(SettingException.class,
                () -> Inpainters.create("criminisi", Map.of("patch", "4")));
        assertEquals("option patch of criminisi must be odd and >= 3, got 4", even.getMessage());
        SettingException maxError = assertThrows(SettingException.class,
                () -> Inpainters.create("efros-leung", Map.of("max-error", "0")));
        assertEquals("max-error", maxError.setting());
        assertEquals("> 0", maxError.allowed());
        assertEquals(EfrosLeungConfig.MAX_ERROR.allowed(), Inpainters.describe("efros-leung").option("max-error")
                .orElseThrow().allowed(), "the registry states the range the configuration checks");
        IllegalArgumentException small = assertThrows(IllegalArgumentException.class,
                () -> Inpainters.create("telea", Map.of("radius", "0")));
        assertEquals("option radius of telea must be in [1, 50], got 0", small.getMessage());
    }

    private static void assertSameFill(Inpainter direct, Inpainter registered) {
        try (registered) {
            assertArrayEquals(direct.inpaint(PICTURE, HOLE).toPlanar(), registered.inpaint(PICTURE, HOLE).toPlanar());
        }
    }
}
