package io.github.inpaint4j;

import java.util.Optional;

/**
 * Fills the holes of an image.
 *
 * <p>Contract, shared by every method of the library:
 * <ul>
 *   <li>Neither input is modified (both types are immutable).</li>
 *   <li>{@code mask} must have the size of {@code image}; a {@code true} (non-zero) mask pixel is a
 *       hole to fill.</li>
 *   <li>The result has the size of the input; every known pixel comes back bit for bit unchanged
 *       and only hole pixels are written.</li>
 *   <li>A mask with no hole returns an image equal to the input.</li>
 *   <li>Methods that copy or extrapolate known pixels throw {@link IllegalArgumentException} when
 *       the mask has no known pixel.</li>
 *   <li>Every random choice comes from the method's configured seed: the same inputs and
 *       configuration give the same output, whatever the thread count.</li>
 * </ul>
 *
 * <p>Implementations document whether they are safe to call from several threads at once; the
 * ones in this library are, as their configuration is immutable and each call has its own
 * working memory.
 *
 * <p>An inpainter may hold resources (the GAN holds a model in native memory): {@link #close()}
 * releases them, so code that does not know which method it runs — an inpainter from
 * {@link Inpainters#create} — closes it, for example in try-with-resources. For the others it does
 * nothing.
 */
public interface Inpainter extends AutoCloseable {

    /**
     * Fills the holes of {@code image}, reporting progress and honouring cancellation.
     *
     * @param image the picture to repair
     * @param mask the holes, same size as {@code image}
     * @param progress receives the fraction of the work done, in [0, 1], on the calling thread
     * @param cancel checked regularly; once cancelled the call throws and returns nothing
     * @return a new image with the holes filled
     * @throws IllegalArgumentException if the sizes differ or the mask does not suit the method
     *     (the message names the problem and the values)
     * @throws InpaintingCancelledException if {@code cancel} was cancelled before the work finished
     */
    RgbImage inpaint(RgbImage image, Mask mask, ProgressListener progress, CancellationToken cancel);

    /**
     * Fills the holes of {@code image}, without progress reports or cancellation.
     *
     * @see #inpaint(RgbImage, Mask, ProgressListener, CancellationToken)
     */
    default RgbImage inpaint(RgbImage image, Mask mask) {
        return inpaint(image, mask, ProgressListener.NONE, CancellationToken.NONE);
    }

    /**
     * What filling the holes of {@code mask} (over a picture of its size) is expected to cost, for
     * methods whose cost can be told before they start (the exemplar methods); front ends warn
     * with it before a long run. Does no filling work; the default knows nothing.
     *
     * @param mask the holes, of the picture's size
     * @return the estimate, or empty if the method does not estimate its cost
     * @throws IllegalArgumentException if the mask does not suit the method's configuration (for
     *     example a source mask of another size)
     */
    default Optional<CostEstimate> estimate(Mask mask) {
        return Optional.empty();
    }

    /**
     * Releases what the inpainter holds; it must not be used afterwards. Does nothing unless the
     * method holds resources; closing twice is harmless.
     */
    @Override
    default void close() {
    }
}
