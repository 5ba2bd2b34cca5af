package io.github.inpaint4j.cli.serve;

import io.github.inpaint4j.CanvasExtension;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.io.ImageFormat;
import io.github.inpaint4j.io.MaskRule;
import io.github.inpaint4j.io.ReadOptions;
import io.github.inpaint4j.registry.MethodDescription;
import java.nio.file.Path;
import java.util.Map;

/**
 * One fill a request asks for, checked as far as it can be without decoding the picture: the
 * picture and mask files the server wrote, in a folder of their own, the inpainter built with the
 * request's options, the canvas extension and how the result is written.
 *
 * @param description the method as the server offers it (its options a request may set)
 * @param options the method options the request set, by name, as sent (for messages)
 * @param inpainter the inpainter, closed when the fill ends
 * @param image the uploaded picture
 * @param mask the uploaded mask, or {@code null} when the request extends the canvas without one
 * @param maskRule how the mask marks holes
 * @param dilate the radius by which the mask's holes are grown before the fill ({@link io.github.inpaint4j.Mask#DILATE})
 * @param reading how the pictures are decoded (the server's pixel limit)
 * @param extension the pixels added on each side ({@link CanvasExtension#none()} for none)
 * @param format the result's format, or {@code null} for the picture's own (PNG for a GIF)
 * @param keepMetadata whether the result keeps the picture's EXIF, ICC profile and XMP (PNG and JPEG)
 * @param folder the request's own folder, removed with the job
 */
record FillRequest(MethodDescription description, Map<String, String> options, Inpainter inpainter, Path image, Path mask,
        MaskRule maskRule, int dilate, ReadOptions reading, CanvasExtension extension, ImageFormat format, boolean keepMetadata,
        Path folder) {

    FillRequest {
        options = Map.copyOf(options);
    }

    /** The method's name. */
    String method() {
        return description.name();
    }
}
