package io.github.inpaint4j.cli.serve;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.io.MaskRule;
import io.github.inpaint4j.io.ReadOptions;
import java.nio.file.Path;

/**
 * One fill a request asks for, checked as far as it can be without decoding: the picture and mask
 * files the server wrote, in a folder of their own, and the inpainter built with the request's options.
 *
 * @param method the method's name
 * @param inpainter the inpainter, closed when the fill ends
 * @param image the uploaded picture
 * @param mask the uploaded mask
 * @param maskRule how the mask marks holes
 * @param reading how the pictures are decoded (the server's pixel limit)
 * @param folder the request's own folder, removed with the job
 */
record FillRequest(String method, Inpainter inpainter, Path image, Path mask, MaskRule maskRule, ReadOptions reading,
        Path folder) {
}
