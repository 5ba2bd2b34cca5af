package io.github.inpaint4j.cli.serve;

import io.github.inpaint4j.CanvasExtension;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.io.ImageFormat;
import io.github.inpaint4j.io.MaskRule;
import io.github.inpaint4j.io.ReadOptions;
import io.github.inpaint4j.io.WriteOptions;
import io.github.inpaint4j.registry.MethodDescription;
import io.github.inpaint4j.settings.Setting;
import io.github.inpaint4j.settings.SettingException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parameters of a fill request, as any HTTP transport hands them over: the form's text fields
 * and the files it wrote to the request's folder, as {@link Routes} declares them. Checked in order —
 * the picture is there, a mask or a canvas extension, a method is named, the mask rule, the
 * extension, the result's format, the pictures' pixel counts (from their headers, nothing decoded),
 * then the method's options against its declarations — so that a refused request costs neither a
 * decode nor a place in the queue. Knows nothing of the transport; every refusal is an
 * {@link HttpError} with its status.
 */
final class FillParameters {

    /** The form fields that carry files: the picture and its mask. */
    static final Set<String> FILE_FIELDS = Set.of("image", "mask");
    /** The form fields of a fill that are not method options. */
    static final Set<String> FORM_FIELDS = Routes.FILL_FIELDS.stream().map(Routes.Field::name)
            .collect(Collectors.toUnmodifiableSet());

    /** The prefix of the form fields of the canvas extension: {@code extend-left}, ... */
    static final String EXTEND = "extend-";

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
     * @param fields the form's text fields: {@code method}, {@code mask-rule}, the extension, the format and the
     *     method's options
     * @param files the form's files as written to {@code folder}: {@code image} and {@code mask}
     * @param folder the request's own folder, removed with the job
     * @return the fill, its inpainter built (the caller closes it through the job)
     * @throws HttpError 400 for a missing field, a bad value or an unreadable picture, 413 for a picture over the
     *     pixel limit
     * @throws IOException if a picture's header cannot be read
     */
    FillRequest read(Map<String, String> fields, Map<String, Path> files, Path folder) throws IOException {
        Path image = files.get("image");
        if (image == null) {
            throw new HttpError(HttpError.BAD_REQUEST, "the form has no file field 'image' (send it with curl -F"
                    + " image=@FILE)");
        }
        CanvasExtension extension = extension(fields);
        Path mask = files.get("mask");
        if (mask == null && extension.isNone()) {
            throw new HttpError(HttpError.BAD_REQUEST, "the form has no file field 'mask' (send it with curl -F"
                    + " mask=@FILE, or extend the canvas with extend-left, extend-right, extend-top or extend-bottom)");
        }
        String method = method(fields);
        MaskRule rule = maskRule(fields);
        int dilate = dilate(fields);
        ImageFormat format = format(fields.get("format"), true);
        boolean strip = flag(fields, WriteOptions.STRIP_METADATA.name());
        UploadedImages.requirePixels(image, "image", reading);
        if (mask != null) {
            UploadedImages.requirePixels(mask, "mask", reading);
        }
        Map<String, String> options = options(fields);
        Inpainter inpainter = methods.forFill(method, options);
        MethodDescription description = methods.offered().stream().filter(m -> m.name().equals(method)).findFirst()
                .orElseThrow();
        return new FillRequest(description, options, inpainter, image, mask, rule, dilate, reading, extension, format,
                !strip, folder);
    }

    /** The method a form names, checked to be given. */
    String method(Map<String, String> fields) {
        String method = fields.get("method");
        if (method == null || method.isBlank()) {
            throw new HttpError(HttpError.BAD_REQUEST, "the form has no field 'method' (one of "
                    + String.join(", ", methods.offered().stream().map(MethodDescription::name).toList()) + ")");
        }
        return method.trim();
    }

    /** The method options a form sets: its fields that are not declared ones. */
    static Map<String, String> options(Map<String, String> fields) {
        Map<String, String> options = new LinkedHashMap<>(fields);
        options.keySet().removeAll(FORM_FIELDS);
        return options;
    }

    /** The canvas extension a form asks for ({@link CanvasExtension#none()} without one): {@code extend-SIDE} fields. */
    static CanvasExtension extension(Map<String, String> fields) {
        Map<String, String> sides = new LinkedHashMap<>();
        for (Setting<?> side : CanvasExtension.SETTINGS) {
            String text = fields.get(EXTEND + side.name());
            if (text != null && !text.isBlank()) {
                sides.put(side.name(), text.trim());
            }
        }
        try {
            return CanvasExtension.of(CanvasExtension.SETTINGS.parse(sides));
        } catch (SettingException e) {
            throw new HttpError(HttpError.BAD_REQUEST, e.message(EXTEND + e.setting()));
        }
    }

    /** The radius by which a form asks the mask's holes to be grown ({@link Mask#DILATE}), 0 without one. */
    static int dilate(Map<String, String> fields) {
        String text = fields.get(Mask.DILATE.name());
        try {
            return text == null || text.isBlank() ? 0 : Mask.DILATE.parse(text.trim());
        } catch (SettingException e) {
            throw new HttpError(HttpError.BAD_REQUEST, e.getMessage());
        }
    }

    /** The mask rule a form names, the default without one. */
    static MaskRule maskRule(Map<String, String> fields) {
        try {
            String text = fields.get(MaskRule.SETTING.name());
            return text == null ? MaskRule.SETTING.defaultValue().orElseThrow() : MaskRule.SETTING.parse(text);
        } catch (SettingException e) {
            throw new HttpError(HttpError.BAD_REQUEST, e.getMessage());
        }
    }

    /**
     * The format a form names.
     *
     * @param same whether {@code same} (and no value) is allowed, meaning the picture's own: then {@code null}
     */
    static ImageFormat format(String text, boolean same) {
        String value = text == null ? (same ? "same" : "") : text.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "same" -> {
                if (!same) {
                    throw badFormat(text, false);
                }
                yield null;
            }
            case "png" -> ImageFormat.PNG;
            case "jpeg", "jpg" -> ImageFormat.JPEG;
            case "bmp" -> ImageFormat.BMP;
            case "tiff", "tif" -> ImageFormat.TIFF;
            default -> throw badFormat(text, same);
        };
    }

    private static HttpError badFormat(String text, boolean same) {
        return new HttpError(HttpError.BAD_REQUEST, "format must be " + (same ? "same, " : "") + "png, jpeg, bmp or"
                + " tiff, got '" + text + "'");
    }

    /** A true-or-false field, false without it. */
    static boolean flag(Map<String, String> fields, String field) {
        String text = fields.get(field);
        if (text == null || text.isBlank()) {
            return false;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "on", "yes" -> true;
            case "false", "0", "off", "no" -> false;
            default -> throw new HttpError(HttpError.BAD_REQUEST, field + " must be true or false, got '" + text + "'");
        };
    }
}
