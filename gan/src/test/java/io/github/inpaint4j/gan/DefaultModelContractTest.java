package io.github.inpaint4j.gan;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.testing.InpainterContractTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.AfterAll;

/** The {@link Inpainter} contract, run against the default model shipped in the jar. */
class DefaultModelContractTest extends InpainterContractTest {

    private static GanInpainter shared;

    static synchronized GanInpainter defaultModel() {
        if (shared == null) {
            try {
                shared = GanInpainter.loadDefault(1);
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
        return defaultModel();
    }

    /**
     * The default model, trained on photos, fills the contract's constant picture with its
     * constant to within this (its measured worst sample is well inside it; a fill that ignored
     * the border would be off by up to 0.75).
     */
    @Override
    protected float constantTolerance() {
        return 0.1f;
    }
}
