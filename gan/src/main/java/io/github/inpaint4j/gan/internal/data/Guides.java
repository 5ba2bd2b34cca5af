package io.github.inpaint4j.gan.internal.data;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.gan.internal.Scales;

/** Makes the coarse guess of a training crop's hole, as a pass one level down would give it. */
@FunctionalInterface
public interface Guides {

    /** The truth shrunk and enlarged back ({@link Scales#coarse}). */
    Guides TRUTH = (crop, mask, factor) -> Scales.coarse(crop, factor);

    /**
     * The coarse guess of {@code crop} whose holes are {@code mask}, as large as the crop: a
     * fill at {@code 1/factor} of its resolution, enlarged back.
     */
    RgbImage coarse(RgbImage crop, Mask mask, int factor);
}
