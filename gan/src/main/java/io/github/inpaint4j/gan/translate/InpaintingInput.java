package io.github.inpaint4j.gan.translate;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.RgbImage;
import java.util.Objects;

/**
 * What the generator fills: a picture and its holes.
 *
 * @param image the picture; samples under the hole are ignored
 * @param mask the holes (true = fill), same size as {@code image}
 */
public record InpaintingInput(RgbImage image, Mask mask) {

    /** @throws IllegalArgumentException naming both sizes if they differ */
    public InpaintingInput {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(mask, "mask");
        mask.requireSameSize(image);
    }
}
