package io.github.inpaint4j.cli.serve;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.io.MaskRule;
import io.github.inpaint4j.io.ReadOptions;
import io.github.inpaint4j.registry.MethodDescription;
import io.github.inpaint4j.settings.SettingException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The parameters of a fill request, as any HTTP transport hands them over: the form's text fields
 * and the files it wrote to the request's folder. Checked in order — the two pictures are there, a
 * method is named, the mask rule, the pictures' pixel counts (from their headers, nothing decoded),
 * then the method's options against its declarations — so that a refused request costs neither a
 * decode nor a place in the queue. Knows nothing of the transport; every refusal is an
 * {@link HttpError} with its status.
 */
final class FillParameters {

    /** The form fields that carry files: the picture and its mask. */
    static final Set<String> FILE_FIELDS = Set.of("image", "mask");
    /** The form fields of a fill that are not method options. */
    static final Set<String> FORM_FIELDS = Set.of("image", "mask", "method", MaskRule.SETTING.name());

    private final ServedMethods methods;
    private final ReadOptions reading;

    /**
     * @param methods the methods offered
     * @param reading how the pictures are read (the server's pixel limit)
     */
    FillParameters(ServedMethods methods, ReadOptions reading) {
        this.methods = Objects.requireNonNull(methods, "methods");
        this.reading = Objects.requireNonNull(reading, "reading");
    }

    /**
     * The fill a request asks for.
     *
     * @param fields the form's text fields: {@code method}, {@code mask-rule} and the method's options
     * @param files the form's files as written to {@code folder}: {@code image} and {@code mask}
     * @param folder the request's own folder, removed with the job
     * @return the fill, its inpainter built (the caller closes it through the job)
     * @throws HttpError 400 for a missing field, a bad value or an unreadable picture, 413 for a picture over the
     *     pixel limit
     * @throws IOException if a picture's header cannot be read
     */
    FillRequest read(Map<String, String> fields, Map<String, Path> files, Path folder) throws IOException {
        Path image = requireFile(files, "image");
        Path mask = requireFile(files, "mask");
        String method = fields.get("method");
        if (method == null || method.isBlank()) {
            throw new HttpError(HttpError.BAD_REQUEST, "the form has no field 'method' (one of "
                    + String.join(", ", methods.offered().stream().map(MethodDescription::name).toList()) + ")");
        }
        MaskRule rule;
        try {
            String ruleText = fields.get(MaskRule.SETTING.name());
            rule = ruleText == null ? MaskRule.SETTING.defaultValue().orElseThrow() : MaskRule.SETTING.parse(ruleText);
        } catch (SettingException e) {
            throw new HttpError(HttpError.BAD_REQUEST, e.getMessage());
        }
        UploadedImages.requirePixels(image, "image", reading);
        UploadedImages.requirePixels(mask, "mask", reading);
        Map<String, String> options = new LinkedHashMap<>(fields);
        options.keySet().removeAll(FORM_FIELDS);
        Inpainter inpainter = methods.forFill(method.trim(), options);
        return new FillRequest(method.trim(), inpainter, image, mask, rule, reading, folder);
    }

    private static Path requireFile(Map<String, Path> files, String field) {
        Path file = files.get(field);
        if (file == null) {
            throw new HttpError(HttpError.BAD_REQUEST, "the form has no file field '" + field + "' (send it with"
                    + " curl -F " + field + "=@FILE)");
        }
        return file;
    }
}
