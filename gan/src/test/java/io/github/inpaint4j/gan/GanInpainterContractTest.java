package io.github.inpaint4j.gan;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.testing.InpainterContractTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.AfterAll;

/** The {@link Inpainter} contract, run against a GAN inpainter loaded from the tiny trained checkpoint. */
class GanInpainterContractTest extends InpainterContractTest {

    /**
     * A generator is a learned function: it reproduces a flat colour only approximately. The tiny
     * fixture ({@link TinyGan}: 300 steps at 16×16 on flat colours) fills the contract's constant
     * picture with a worst sample 0.15 to 0.22 off the constant, depending on the details of its
     * short training, and 0.06 off on average. This tolerance bounds the worst sample with a margin
     * (no sample more than 77 of 255 levels off); that the fill is learned, not luck, is checked by
     * {@link GanInpainterTest#trainingTeachesTheGeneratorToContinueAFlatColour}: its mean
     * deviation is less than half that of the same network after one step, which paints mid-grey.
     */
    static final float CONSTANT_TOLERANCE = 0.3f;

    private static GanInpainter shared;

    static synchronized GanInpainter trained() {
        if (shared == null) {
            try {
                shared = GanInpainter.load(TinyGan.run(), 1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    @AfterAll
    static synchronized void close() {
        if (shared != null) {
            shared.close();
            shared = null;
        }
    }

    @Override
    protected Inpainter inpainter() {
        return trained();
    }

    @Override
    protected float constantTolerance() {
        return CONSTANT_TOLERANCE;
    }
}
