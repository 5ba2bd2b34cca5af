package io.github.inpaint4j.cli.serve;

import io.github.inpaint4j.CanvasExtension;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.io.WriteOptions;
import io.github.inpaint4j.settings.Setting;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every route of the server, declared once: the path, its operations (method, statuses, the form it
 * reads, what it answers) and the fields of each form. The server routes by these declarations and
 * the OpenAPI document ({@link OpenApi}) is written from them, so the two cannot disagree.
 */
final class Routes {

    /** A job's id: 32 random hexadecimal digits. */
    static final String JOB_ID = "[0-9a-f]{32}";

    /** Statuses every operation may answer besides its own: another site (403), a fault (500). */
    static final Map<Integer, String> COMMON = ordered(
            403, "refused: the request comes from another web site (its Origin) or names another host (Host)",
            500, "a fault of the server; its log has the details");

    /** Statuses every operation that reads a form may answer besides its own. */
    static final Map<Integer, String> FORM = ordered(
            400, "bad input: a malformed form, a missing or repeated field, an unknown method or option, a bad"
                    + " value, a file that is not a picture or is corrupt, a mask of another size",
            408, "the body arrived slower than the server's least upload rate (--min-upload-rate), or stopped",
            413, "the body is larger than --max-body, or a picture's header claims more pixels than --max-pixels"
                    + " (with the canvas extension)",
            415, "the body is not multipart/form-data");

    /** What an operation reads. */
    enum Form {
        /** Nothing: a GET or DELETE. */
        NONE,
        /** A fill: the picture, the mask, the method and its options, the extension, the result's format. */
        FILL,
        /** An estimate: the mask, the method and its options, the extension. */
        ESTIMATE,
        /** A conversion: the picture and the format. */
        CONVERT
    }

    /**
     * One operation of a route.
     *
     * @param verb the HTTP method, upper case
     * @param id the operation's id in the OpenAPI document, and the name the server binds its action to
     * @param summary one line
     * @param form what it reads
     * @param answers its own statuses with what each means (the first is the success), besides {@link #COMMON}
     *     and, for a form, {@link #FORM}
     * @param type the media type of the success: {@code json}, {@code image}, {@code html}, {@code js},
     *     {@code css}, {@code svg} or {@code none}
     * @param schema the schema of a JSON success in the document's components, or {@code null}
     */
    record Operation(String verb, String id, String summary, Form form, Map<Integer, String> answers, String type,
            String schema) {

        /** Every status the operation may answer, in order: its own, then the form's, then the common ones. */
        Map<Integer, String> statuses() {
            Map<Integer, String> all = new LinkedHashMap<>(answers);
            if (form != Form.NONE) {
                FORM.forEach(all::putIfAbsent);
            }
            COMMON.forEach(all::putIfAbsent);
            return all;
        }

        /** The success status. */
        int success() {
            return answers.keySet().iterator().next();
        }
    }

    /**
     * A path and its operations.
     *
     * @param template the path, with {@code {id}} for a job's id
     * @param tag the group in the document: {@code page}, {@code api} or {@code jobs}
     * @param operations in the order the document lists them
     */
    record Route(String template, String tag, List<Operation> operations) {

        /** The path's pattern, {@code {id}} standing for {@link #JOB_ID}. */
        Pattern pattern() {
            return Pattern.compile(Pattern.quote(template).replace("{id}", "\\E(" + JOB_ID + ")\\Q"));
        }

        /** The verbs a request may use: the operations', {@code HEAD} with a {@code GET}, and {@code OPTIONS}. */
        List<String> allowed() {
            List<String> verbs = new ArrayList<>();
            for (Operation operation : operations) {
                verbs.add(operation.verb());
                if (operation.verb().equals("GET")) {
                    verbs.add("HEAD");
                }
            }
            verbs.add("OPTIONS");
            return verbs;
        }

        /** The operation of a verb ({@code HEAD} is answered as {@code GET}). */
        Optional<Operation> operation(String verb) {
            String asked = verb.equals("HEAD") ? "GET" : verb;
            return operations.stream().filter(o -> o.verb().equals(asked)).findFirst();
        }
    }

    /**
     * A form field that is not a method option.
     *
     * @param name its name
     * @param type {@code file}, {@code string}, {@code integer} or {@code boolean}
     * @param required whether a form must have it
     * @param choices the words allowed, for a string with a fixed set
     * @param min the least value of an integer, or {@code null}
     * @param max the largest value of an integer, or {@code null}
     * @param defaultValue the value without it, or {@code null}
     * @param description one line
     */
    record Field(String name, String type, boolean required, List<String> choices, Long min, Long max,
            String defaultValue, String description) {
    }

    /** A match of a path: the route, and the job's id if the path has one. */
    record Match(Route route, String id) {
    }

    private static final Field IMAGE = new Field("image", "file", true, List.of(), null, null, null,
            "the picture (PNG, JPEG, BMP, GIF, TIFF); its EXIF orientation is applied, as a browser shows it");
    private static final Field MASK = new Field("mask", "file", false, List.of(), null, null, null,
            "the holes, a picture of the image's size as shown, non-black = hole (see mask-rule); may be left out"
                    + " when the canvas is extended: then only the new border is filled");
    private static final Field METHOD = new Field("method", "string", true, List.of(), null, null, null,
            "a method's name from GET /api/methods");
    private static final Field MASK_RULE = new Field("mask-rule", "string", false, List.of(), null, null, "nonzero",
            "how the mask marks holes: nonzero, threshold=T (T in [0, 1), for JPEG masks) or alpha (transparent ="
                    + " hole)");
    private static final List<Field> EXTEND = CanvasExtension.SETTINGS.list().stream().map(Routes::side).toList();
    private static final Field DILATE = new Field(Mask.DILATE.name(), "integer", false, List.of(),
            Mask.DILATE.min().longValue(), Mask.DILATE.max().longValue(), Mask.DILATE.defaultText(), Mask.DILATE.help());
    private static final Field FORMAT = new Field("format", "string", false,
            List.of("same", "png", "jpeg", "bmp", "tiff"), null, null, "same",
            "the result's format: same (the picture's own: JPEG for a JPEG, PNG for a PNG or a GIF, ...), or one named");
    private static final Field STRIP_METADATA = new Field(WriteOptions.STRIP_METADATA.name(), "boolean", false,
            List.of(), null, null, WriteOptions.STRIP_METADATA.defaultText(), "true: the result carries no EXIF, ICC profile or XMP; by default it keeps the picture's (PNG and"
                    + " JPEG)");

    /** A side of the canvas extension as a form field, from its declaration. */
    private static Field side(Setting<?> side) {
        return new Field(FillParameters.EXTEND + side.name(), "integer", false, List.of(), side.min().longValue(),
                side.max().longValue(), side.defaultText(), "outpainting: " + side.help());
    }

    /** The fields of a fill form, besides the method's options. */
    static final List<Field> FILL_FIELDS = concat(List.of(IMAGE, MASK, METHOD, MASK_RULE, DILATE), EXTEND,
            List.of(FORMAT, STRIP_METADATA));
    /** The fields of an estimate's form, besides the method's options. */
    static final List<Field> ESTIMATE_FIELDS = concat(List.of(new Field("mask", "file", true, List.of(), null, null,
            null, "the holes, of the picture's size (as for a fill); a black mask of that size when only the canvas is"
                    + " extended"), METHOD, MASK_RULE, DILATE), EXTEND);
    /** The fields of a conversion's form. */
    static final List<Field> CONVERT_FIELDS = List.of(IMAGE,
            new Field("format", "string", true, List.of("png", "jpeg", "bmp", "tiff"), null, null, null,
                    "the format to write"), STRIP_METADATA);

    /** The fields of a form, besides the method's options. */
    static List<Field> fields(Form form) {
        return switch (form) {
            case FILL -> FILL_FIELDS;
            case ESTIMATE -> ESTIMATE_FIELDS;
            case CONVERT -> CONVERT_FIELDS;
            case NONE -> List.of();
        };
    }

    /** Whether the form takes the method's options beside its fields. */
    static boolean takesOptions(Form form) {
        return form == Form.FILL || form == Form.ESTIMATE;
    }

    private static final String PAGE_FILE = "a file of the page, from the jar";

    /** Every route, in the order of the document. */
    static final List<Route> ALL = List.of(
            page("/", "page", "the page: open a picture, brush over what should go, run a method", "html"),
            page("/app.js", "script", "the page's script", "js"),
            page("/style.css", "style", "the page's style sheet", "css"),
            page("/favicon.svg", "icon", "the page's icon", "svg"),
            new Route("/api/methods", "api", List.of(new Operation("GET", "listMethods",
                    "the methods, their options (type, default, range) and the server's limits", Form.NONE,
                    ordered(200, "the methods and the limits"), "json", "Methods"))),
            new Route("/api/openapi.json", "api", List.of(new Operation("GET", "openApi",
                    "this document", Form.NONE, ordered(200, "the OpenAPI 3.1 document of the API"), "json", null))),
            new Route("/api/inpaint", "api", List.of(new Operation("POST", "inpaint",
                    "fill and answer the result; the request waits for the fill, which is cancelled if the client"
                            + " goes", Form.FILL, ordered(
                            200, "the filled picture, in the format asked (the picture's own by default)",
                            422, "the method's cost estimate is over the server's budget (--max-seconds), or the fill"
                                    + " ran past it and was stopped",
                            503, "busy: every fill slot and place in the queue is taken (Retry-After says when to come"
                                    + " back: a place is held then), or the server is out of memory or stopping"),
                    "image", null))),
            new Route("/api/estimate", "api", List.of(new Operation("POST", "estimate",
                    "the cost a fill would have, and whether it is within the server's budget, without filling",
                    Form.ESTIMATE, ordered(200, "the estimate", 503, "busy: too many estimates at once"), "json",
                    "Estimate"))),
            new Route("/api/convert", "api", List.of(new Operation("POST", "convert",
                    "a picture written in another format, keeping its metadata (for a download in the picture's own"
                            + " format)", Form.CONVERT, ordered(200, "the picture in the format asked",
                            503, "busy: too many conversions at once"), "image", null))),
            new Route("/api/jobs", "jobs", List.of(new Operation("POST", "submitJob",
                    "queue a fill as a job, answered at once with its id (Location); follow it with GET", Form.FILL,
                    ordered(202, "the job, queued", 422, "the method's cost estimate is over the server's budget",
                            503, "busy: every fill slot and place in the queue is taken, or the kept jobs are full;"
                                    + " Retry-After says when to come back"), "json", "Job"))),
            new Route("/api/jobs/{id}", "jobs", List.of(
                    new Operation("GET", "getJob", "a job's state, progress and, when it failed, its error",
                            Form.NONE, ordered(200, "the job", 404, "no such job (it may have expired)"), "json", "Job"),
                    new Operation("DELETE", "cancelJob",
                            "cancels a waiting or running job; removes a finished one with its result", Form.NONE,
                            ordered(200, "the job, in its new state", 404, "no such job"), "json", "Job"))),
            new Route("/api/jobs/{id}/result", "jobs", List.of(new Operation("GET", "getJobResult",
                    "the result of a finished job", Form.NONE, ordered(200, "the filled picture",
                            404, "no such job", 409, "the job is not done (running, failed or cancelled)"),
                    "image", null))));

    private static Route page(String path, String id, String summary, String type) {
        return new Route(path, "page", List.of(new Operation("GET", id.equals("page") ? "page" : "page-" + id,
                summary, Form.NONE, ordered(200, PAGE_FILE), type, null)));
    }

    private Routes() {
    }

    /** The route of a path (as sent, not decoded), if there is one. */
    static Optional<Match> find(String path) {
        for (Route route : ALL) {
            Matcher matcher = route.pattern().matcher(path);
            if (matcher.matches()) {
                return Optional.of(new Match(route, matcher.groupCount() > 0 ? matcher.group(1) : null));
            }
        }
        return Optional.empty();
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T>... lists) {
        List<T> all = new ArrayList<>();
        for (List<T> list : lists) {
            all.addAll(list);
        }
        return List.copyOf(all);
    }

    private static Map<Integer, String> ordered(Object... pairs) {
        Map<Integer, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((Integer) pairs[i], (String) pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
