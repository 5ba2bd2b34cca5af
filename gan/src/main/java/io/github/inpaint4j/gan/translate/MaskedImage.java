package io.github.inpaint4j.gan.translate;

import ai.djl.modality.cv.Image;
import java.util.Objects;

/**
 * A DJL picture and its holes, for a DJL pipeline that holds {@link Image}s: what the model zoo's
 * model takes as {@code Criteria.builder().setTypes(MaskedImage.class, Image.class)} and fills.
 *
 * @param image the picture (8-bit; alpha is ignored)
 * @param mask the holes: every pixel of it that is not black is a hole (the mask files' rule);
 *     the picture's size
 * @since 0.2.0
 */
public record MaskedImage(Image image, Image mask) {

    /** @throws IllegalArgumentException naming both sizes if they differ */
    public MaskedImage {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(mask, "mask");
        if (image.getWidth() != mask.getWidth() || image.getHeight() != mask.getHeight()) {
            throw new IllegalArgumentException("mask is " + mask.getWidth() + "×" + mask.getHeight() + " but the image is "
                    + image.getWidth() + "×" + image.getHeight());
        }
    }
}
