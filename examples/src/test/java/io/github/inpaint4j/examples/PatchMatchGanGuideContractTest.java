package io.github.inpaint4j.examples;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.texture.PatchMatchConfig;
import io.github.inpaint4j.texture.PatchMatchInpainter;
import io.github.inpaint4j.testing.InpainterContractTest;
import org.junit.jupiter.api.AfterAll;

/**
 * The {@link Inpainter} contract of PatchMatch guided by the GAN's default model: the guide is
 * found by name at run time, here where both modules are on the class path (texture has no
 * dependency on gan). One inpainter (and one model load) for every case.
 */
class PatchMatchGanGuideContractTest extends InpainterContractTest {

    /** As PatchMatchInpainterTest's: the default blend overshoots at the open corners of an outpainted border. */
    @Override
    protected float outpaintingTolerance() {
        return 0.35f;
    }


    private static PatchMatchInpainter shared;
    private static PatchMatchInpainter tiny;

    private static synchronized PatchMatchInpainter guided(boolean forTinyImages) {
        if (shared == null) {
            PatchMatchConfig config = PatchMatchConfig.defaults().withGuide("gan").withThreads(2);
            shared = new PatchMatchInpainter(config);
            tiny = new PatchMatchInpainter(config.withPatch(3));
        }
        return forTinyImages ? tiny : shared;
    }

    @AfterAll
    static synchronized void close() {
        if (shared != null) {
            shared.close();
            tiny.close();
            shared = null;
            tiny = null;
        }
    }

    @Override
    protected Inpainter inpainter() {
        return guided(false);
    }

    @Override
    protected Inpainter inpainterForTinyImages() {
        return guided(true);
    }
}
