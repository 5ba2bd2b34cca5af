package io.github.inpaint4j;

import java.util.concurrent.CancellationException;

/**
 * Thrown by a computation that stopped because its {@link CancellationToken} was cancelled. The
 * computation returns nothing: no partly filled image escapes.
 */
public class InpaintingCancelledException extends CancellationException {

    /** @param message what was cancelled */
    public InpaintingCancelledException(String message) {
        super(message);
    }
}
