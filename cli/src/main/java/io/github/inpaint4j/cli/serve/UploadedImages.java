package io.github.inpaint4j.cli.serve;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.io.FillFiles;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.io.ImageReadException;
import io.github.inpaint4j.io.ImageTooLargeException;
import io.github.inpaint4j.io.MaskRule;
import io.github.inpaint4j.io.Picture;
import io.github.inpaint4j.io.ReadOptions;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The pictures of a request, as the server wrote them to its own folder: checked from their headers
 * when the request arrives (so that a refused picture costs neither a decode nor a place in the
 * queue), decoded when the fill runs, through {@link FillFiles} with the server's
 * {@link ReadOptions} (the same pixel limit, checked again from the header, and the orientation a
 * JPEG records, as the browser shows it). Errors name the form field, never the server's file.
 */
final class UploadedImages {

    private UploadedImages() {
    }

    /**
     * Checks a picture's claimed size from its header, decoding no pixel: a small file may claim a
     * huge picture.
     *
     * @param file the uploaded file
     * @param field the form field it came in, for the message
     * @param reading the server's read options (its pixel limit)
     * @throws HttpError 413 if it claims more pixels, 400 if it is not a picture the server reads
     * @throws IOException if the file cannot be read
     */
    static void requirePixels(Path file, String field, ReadOptions reading) throws IOException {
        try {
            ImageFiles.checkHeader(file, reading);
        } catch (ImageReadException e) {
            throw unreadable(e, field);
        }
    }

    /**
     * Decodes the picture (with its depth and metadata, which the result keeps) and the mask of a request
     * ({@link FillFiles#read}), checking their sizes; the holes as drawn (the job grows them by the request's
     * {@code dilate}).
     *
     * @throws HttpError 400 naming the field if a file is corrupt or does not suit the mask rule, 413 if it is too
     *     large
     * @throws IllegalArgumentException if the mask does not have the picture's size (the message names both sizes)
     */
    static FillFiles.Inputs read(FillRequest request) throws IOException {
        try {
            return FillFiles.read(request.image(), request.mask(), request.maskRule(), request.reading());
        } catch (ImageReadException e) {
            throw unreadable(e, e.file().equals(request.mask()) ? "mask" : "image");
        }
    }

    /**
     * Decodes a picture with its depth and metadata.
     *
     * @throws HttpError 400 naming the field if the file is corrupt, 413 if it is too large
     */
    static Picture read(Path file, String field, ReadOptions reading) throws IOException {
        try {
            return ImageFiles.readPicture(file, reading);
        } catch (ImageReadException e) {
            throw unreadable(e, field);
        }
    }

    /**
     * Decodes a mask with a rule.
     *
     * @throws HttpError 400 naming the field if the file is corrupt or does not suit the rule, 413 if it is too large
     */
    static Mask readMask(Path file, String field, MaskRule rule, ReadOptions reading) throws IOException {
        try {
            return ImageFiles.readMask(file, rule, reading);
        } catch (ImageReadException e) {
            throw unreadable(e, field);
        }
    }

    /** The library's reason, for the form field rather than the server's file. */
    private static HttpError unreadable(ImageReadException e, String field) {
        return new HttpError(e instanceof ImageTooLargeException ? HttpError.TOO_LARGE : HttpError.BAD_REQUEST,
                field + ": " + e.reason());
    }
}
