package io.github.inpaint4j.cli.serve;

import io.github.inpaint4j.CanvasExtension;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.io.BoundedInputStream;
import io.github.inpaint4j.io.MaskRule;
import io.github.inpaint4j.io.ReadOptions;
import io.github.inpaint4j.registry.MethodDescription;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

/**
 * The forms of the API, read and checked as they arrive: the body's length and rate, the form, its
 * fields as {@link Routes} declares them, the pictures' pixel counts (from their headers) and the
 * method's options. Files go to a folder of the request's own under the server's temporary folder.
 */
final class Forms {

    /** A form read into its folder. */
    record Read(MultipartForm form, Path folder) {
    }

    private final ServeConfig config;
    private final ServedMethods methods;
    private final ReadOptions reading;
    private final Path temporary;
    private final FillParameters parameters;
    /** Masks decoded on request threads (for estimates) at once: each holds a decoded picture for a moment. */
    private final Semaphore decodes;

    Forms(ServeConfig config, ServedMethods methods, ReadOptions reading, Path temporary) {
        this.config = config;
        this.methods = methods;
        this.reading = reading;
        this.temporary = temporary;
        this.parameters = new FillParameters(methods, reading);
        this.decodes = new Semaphore(config.maxJobs() + 1, true);
    }

    /** Reads the body of a request as a form of {@code kind}, into a new folder (removed by the caller). */
    Read read(Request request, Routes.Form kind) throws IOException {
        long declared = request.getLength();
        if (declared > config.maxBody()) {
            throw tooLarge(declared);
        }
        String boundary = MultipartForm.boundary(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
        Set<String> files = Routes.fields(kind).stream().filter(f -> f.type().equals("file"))
                .map(Routes.Field::name).collect(Collectors.toSet());
        Path folder = Files.createTempDirectory(temporary, "request-");
        try {
            MultipartForm form;
            try (InputStream body = new BoundedInputStream(new UploadRate(Request.asInputStream(request),
                    config.minUploadRate(), config.headerTimeout().toNanos()), config.maxBody(), () -> {
                        throw tooLarge(-1);
                    })) {
                form = MultipartForm.read(body, boundary, files, folder);
            }
            for (Routes.Field field : Routes.fields(kind)) {
                boolean sent = field.type().equals("file") ? form.files().containsKey(field.name())
                        : form.fields().containsKey(field.name());
                if (field.required() && !sent) {
                    throw new HttpError(HttpError.BAD_REQUEST, field.type().equals("file")
                            ? "the form has no file field '" + field.name() + "' (send it with curl -F " + field.name()
                                    + "=@FILE)"
                            : "the form has no field '" + field.name() + "'" + (field.name().equals("method")
                                    ? " (one of " + String.join(", ", methodNames()) + ")" : ""));
                }
            }
            if (!Routes.takesOptions(kind)) {
                for (String name : form.fields().keySet()) {
                    if (Routes.fields(kind).stream().noneMatch(f -> f.name().equals(name))) {
                        throw new HttpError(HttpError.BAD_REQUEST, "the form field '" + name + "' is not one of "
                                + Routes.fields(kind).stream().map(Routes.Field::name).collect(Collectors.joining(", ")));
                    }
                }
            }
            for (Path file : form.files().values()) {
                UploadedImages.requirePixels(file, file.getFileName().toString(), reading);
            }
            return new Read(form, folder);
        } catch (IOException | RuntimeException e) {
            TempFolders.deleteTree(folder);
            throw e;
        }
    }

    /** The 413 of a body of {@code length} bytes, or (length −1) of one found longer than the limit as it arrived. */
    private HttpError tooLarge(long length) {
        return new HttpError(HttpError.TOO_LARGE, String.format(Locale.ROOT, "the request body is too large: %s,"
                + " more than this server's limit of %,d bytes (see --max-body)",
                length < 0 ? "longer" : String.format(Locale.ROOT, "%,d bytes", length), config.maxBody()));
    }

    private List<String> methodNames() {
        return methods.offered().stream().map(MethodDescription::name).toList();
    }

    /** The method a form names, with the options it sets (every field that is not declared). */
    private record Chosen(MethodDescription method, Map<String, String> options, Inpainter inpainter) {
    }

    private Chosen method(MultipartForm form) {
        String name = parameters.method(form.fields());
        Map<String, String> options = FillParameters.options(form.fields());
        Inpainter inpainter = methods.forFill(name, options);
        MethodDescription description = methods.offered().stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow();
        return new Chosen(description, options, inpainter);
    }

    /** The fill a form asks for; its inpainter must be closed by whoever ends the fill. */
    FillRequest fill(Read read) throws IOException {
        return parameters.read(read.form().fields(), read.form().files(), read.folder());
    }

    /**
     * Checks a fill's cost against the budget before it is queued, when its mask is there to estimate from
     * (without one, the job checks it once the picture is decoded).
     *
     * @throws HttpError 422 over the budget, 413 if the extended canvas is too large
     */
    void checkBudget(FillRequest fill, Budget budget) throws IOException {
        if (fill.mask() == null) {
            return;
        }
        Mask holes = canvasMask(fill.mask(), fill.maskRule(), fill.dilate(), fill.extension());
        budget.check(fill.description(), fill.options(), fill.inpainter(), holes);
    }

    /** What {@code /api/estimate} answers for a form. */
    Map<String, Object> estimate(Read read, Budget budget) throws IOException {
        MultipartForm form = read.form();
        CanvasExtension extension = FillParameters.extension(form.fields());
        MaskRule rule = FillParameters.maskRule(form.fields());
        int dilate = FillParameters.dilate(form.fields());
        Chosen chosen = method(form);
        try (Inpainter inpainter = chosen.inpainter()) {
            Mask holes = canvasMask(form.files().get("mask"), rule, dilate, extension);
            return budget.describe(chosen.method(), chosen.options(), inpainter, holes);
        }
    }

    /** The mask of the canvas to fill, decoded on this thread (a few at once; 503 if that takes too long). */
    private Mask canvasMask(Path file, MaskRule rule, int dilate, CanvasExtension extension) throws IOException {
        try {
            if (!decodes.tryAcquire(30, TimeUnit.SECONDS)) {
                throw new HttpError(HttpError.BUSY, "busy: too many estimates at once; try again later")
                        .withHeader("Retry-After", "5");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpError(HttpError.BUSY, "the server is stopping");
        }
        try {
            Mask holes = UploadedImages.readMask(file, "mask", rule, reading).dilate(dilate);
            requireCanvas(extension, holes.width(), holes.height());
            return extension.apply(holes);
        } finally {
            decodes.release();
        }
    }

    /** Refuses an extended canvas of more pixels than the server's limit. */
    void requireCanvas(CanvasExtension extension, int width, int height) {
        long pixels = extension.pixels(width, height);
        if (pixels > config.maxPixels()) {
            throw new HttpError(HttpError.TOO_LARGE, String.format(Locale.ROOT, "the extended canvas is too large:"
                    + " %d×%d = %,d pixels, more than the limit of %,d pixels", extension.width(width),
                    extension.height(height), pixels, config.maxPixels()));
        }
    }
}
