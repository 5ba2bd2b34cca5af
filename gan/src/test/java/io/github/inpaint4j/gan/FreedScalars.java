package io.github.inpaint4j.gan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;

/**
 * Provokes the bug of docs/djl.md#scalars-under-autograd: {@code NDArray.mul(Number)} wraps the
 * number in a tensor over a Java direct buffer that autograd keeps for backward; once the buffer
 * is collected, backward reads whatever was written over it. Called between a forward pass and
 * its backward, this collects garbage and allocates many scalars so that such freed memory gets
 * reused.
 */
public final class FreedScalars {

    private FreedScalars() {
    }

    public static void provoke(NDManager manager) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(20);
        }
        List<NDArray> junk = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            junk.add(manager.create(7f + i));
        }
    }
}
