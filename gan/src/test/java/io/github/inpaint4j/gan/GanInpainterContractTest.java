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
     * fixture ({@link TinyGan}, 300 steps at 16×16) fills the contract's constant picture within
     * 0.27 of the constant, while the same network after one step is off by 0.42
     * ({@link GanInpainterTest#theConstantToleranceSeparatesTrainedFromUntrained} checks both), so
     * this tolerance still fails a generator that has not learned to continue its surroundings.
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
