package io.github.inpaint4j.gan.translate;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.RgbImage;
import java.util.Objects;

/**
 * What the generator fills: a picture, its holes and, optionally, a coarse guess of the hole's
 * content (multi-scale inference passes the fill of the level below, enlarged).
 *
 * @param image the picture; samples under the hole are ignored
 * @param mask the holes (true = fill), same size as {@code image}
 * @param guide a coarse guess of the picture, same size, whose hole samples seed the hole; or
 *     {@code null} for none
 */
public record InpaintingInput(RgbImage image, Mask mask, RgbImage guide) {

    /** @throws IllegalArgumentException naming both sizes if they differ */
    public InpaintingInput {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(mask, "mask");
        mask.requireSameSize(image);
        if (guide != null && (guide.width() != image.width() || guide.height() != image.height())) {
            throw new IllegalArgumentException("the guide is " + guide.width() + "×" + guide.height()
                    + " but the picture is " + image.width() + "×" + image.height());
        }
    }

    /** A picture and its holes, without a guide. */
    public InpaintingInput(RgbImage image, Mask mask) {
        this(image, mask, null);
    }
}
