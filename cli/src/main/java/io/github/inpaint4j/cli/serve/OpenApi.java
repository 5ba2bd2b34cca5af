package io.github.inpaint4j.cli.serve;

import com.google.gson.GsonBuilder;
import io.github.inpaint4j.LibraryVersion;
import io.github.inpaint4j.registry.MethodDescription;
import io.github.inpaint4j.settings.Setting;
import io.github.inpaint4j.settings.SettingType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The OpenAPI 3.1 document of the server, written from the declarations the server routes by
 * ({@link Routes}) and from the methods it offers ({@link ServedMethods}: each method option is a
 * field of the fill and estimate forms). Served at {@code /api/openapi.json}; the copy in
 * {@code docs/openapi.json} is the one of a server offering the registry's methods.
 */
final class OpenApi {

    /** The OpenAPI version written. */
    static final String VERSION = "3.1.0";

    private OpenApi() {
    }

    /** The document, as JSON text (indented, ending with a line break). */
    static String document(ServedMethods methods) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", VERSION);
        doc.put("info", map("title", "inpaint serve", "version", LibraryVersion.get(),
                "summary", "Image inpainting over HTTP: fill the holes of a picture, or extend its canvas, with any"
                        + " method of inpaint4j",
                "description", "Every answer is JSON, except the page's files and the filled pictures. Errors are"
                        + " {\"error\": \"one line\"} (a 422 of the budget also carries the estimate). Requests must"
                        + " name the server in Host, and a browser's Origin must be the server's own. Any other method"
                        + " on a path gets 405 with Allow; an unknown path 404; a request Jetty cannot parse (a bad"
                        + " Content-Length, a backslash in the path, headers too large) 400 or 431; headers slower"
                        + " than --header-timeout 408. See docs/http-api.md.",
                "license", map("name", "Apache-2.0", "identifier", "Apache-2.0")));
        doc.put("servers", List.of(map("url", "/", "description", "the server that serves this document")));
        doc.put("tags", List.of(
                map("name", "page", "description", "the web page, three files from the jar"),
                map("name", "api", "description", "methods, fills, estimates and conversions"),
                map("name", "jobs", "description", "fills as jobs, with progress and cancel")));
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Routes.Route route : Routes.ALL) {
            paths.put(route.template(), pathItem(route, methods.offered()));
        }
        doc.put("paths", paths);
        Map<String, Object> schemas = schemas();
        for (Routes.Form form : List.of(Routes.Form.FILL, Routes.Form.ESTIMATE, Routes.Form.CONVERT)) {
            schemas.put(formName(form), formSchema(form, methods.offered()));
        }
        schemas.put("MethodOptions", map("type", "object", "description", "the options of the methods, each a form"
                + " field by its name; a method takes only its own (x-methods), and the server sets threads",
                "properties", optionProperties(methods.offered())));
        doc.put("components", map("schemas", schemas, "headers", map(
                "Retry-After", map("description", "seconds to wait before trying again; the queue holds a place for"
                        + " the request then", "schema", map("type", "integer", "minimum", 1)),
                "Allow", map("description", "the methods the path takes", "schema", map("type", "string")))));
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(doc) + "\n";
    }

    private static Map<String, Object> pathItem(Routes.Route route, List<MethodDescription> methods) {
        Map<String, Object> item = new LinkedHashMap<>();
        if (route.template().contains("{id}")) {
            item.put("parameters", List.of(map("name", "id", "in", "path", "required", true,
                    "description", "the job's id, as POST /api/jobs answered it",
                    "schema", map("type", "string", "pattern", "^" + Routes.JOB_ID + "$"))));
        }
        for (Routes.Operation operation : route.operations()) {
            item.put(operation.verb().toLowerCase(Locale.ROOT), operation(route, operation, methods));
            if (operation.verb().equals("GET")) {
                item.put("head", head(route, operation));
            }
        }
        item.put("options", map("tags", List.of(route.tag()), "operationId", "options" + pathName(route),
                "summary", "the methods the path takes, in Allow",
                "responses", withCommon(ordered("204", map("description", "no content; Allow lists " + String.join(", ",
                        route.allowed()), "headers", map("Allow", ref("headers", "Allow")))), Routes.COMMON)));
        return item;
    }

    private static String pathName(Routes.Route route) {
        StringBuilder name = new StringBuilder();
        for (String part : route.template().replace("{id}", "id").split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.length() == 0 ? "Page" : name.toString();
    }

    private static Map<String, Object> operation(Routes.Route route, Routes.Operation operation,
            List<MethodDescription> methods) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("tags", List.of(route.tag()));
        json.put("operationId", operation.id());
        json.put("summary", operation.summary());
        if (operation.form() != Routes.Form.NONE) {
            json.put("requestBody", map("required", true, "content", map("multipart/form-data",
                    map("schema", ref("schemas", formName(operation.form()))))));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        for (Map.Entry<Integer, String> status : operation.statuses().entrySet()) {
            int code = status.getKey();
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("description", status.getValue());
            if (code == operation.success()) {
                Map<String, Object> content = content(operation);
                if (!content.isEmpty()) {
                    response.put("content", content);
                }
                if (code == 202) {
                    response.put("headers", map("Location", map("description", "the job's address",
                            "schema", map("type", "string"))));
                }
            } else {
                response.put("content", map("application/json", map("schema", ref("schemas",
                        code == HttpError.UNPROCESSABLE && operation.form() == Routes.Form.FILL ? "BudgetError"
                                : "Error"))));
                if (code == HttpError.BUSY) {
                    response.put("headers", map("Retry-After", ref("headers", "Retry-After")));
                }
            }
            responses.put(Integer.toString(code), response);
        }
        json.put("responses", responses);
        return json;
    }

    private static Map<String, Object> head(Routes.Route route, Routes.Operation get) {
        Map<String, Object> responses = new LinkedHashMap<>();
        for (Map.Entry<Integer, String> status : get.statuses().entrySet()) {
            responses.put(Integer.toString(status.getKey()), map("description", status.getValue()
                    + " (the headers of the GET, no body)"));
        }
        return map("tags", List.of(route.tag()), "operationId", "head" + pathName(route),
                "summary", "as GET, without the body", "responses", responses);
    }

    private static Map<String, Object> content(Routes.Operation operation) {
        return switch (operation.type()) {
            case "json" -> map("application/json", operation.schema() == null ? map("schema", map("type", "object"))
                    : map("schema", ref("schemas", operation.schema())));
            case "image" -> map("image/png", map(), "image/jpeg", map(), "image/bmp", map(), "image/tiff", map());
            case "html" -> map("text/html", map());
            case "js" -> map("text/javascript", map());
            case "css" -> map("text/css", map());
            case "svg" -> map("image/svg+xml", map());
            default -> map();
        };
    }

    private static String formName(Routes.Form form) {
        return switch (form) {
            case FILL -> "FillForm";
            case ESTIMATE -> "EstimateForm";
            default -> "ConvertForm";
        };
    }

    private static Map<String, Object> formSchema(Routes.Form form, List<MethodDescription> methods) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (Routes.Field field : Routes.fields(form)) {
            Map<String, Object> property = new LinkedHashMap<>();
            switch (field.type()) {
                case "file" -> {
                    property.put("type", "string");
                    property.put("contentMediaType", "application/octet-stream");
                }
                case "integer" -> {
                    property.put("type", "integer");
                    property.put("minimum", field.min());
                    property.put("maximum", field.max());
                }
                case "boolean" -> property.put("type", "boolean");
                default -> {
                    property.put("type", "string");
                    if (!field.choices().isEmpty()) {
                        property.put("enum", field.choices());
                    }
                }
            }
            if (field.name().equals("method")) {
                property.put("enum", methods.stream().map(MethodDescription::name).toList());
            }
            if (field.defaultValue() != null) {
                property.put("default", typed(field.type(), field.defaultValue()));
            }
            property.put("description", field.description());
            properties.put(field.name(), property);
            if (field.required()) {
                required.add(field.name());
            }
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        if (Routes.takesOptions(form)) {
            schema.put("allOf", List.of(ref("schemas", "MethodOptions")));
        }
        schema.put("type", "object");
        schema.put("required", required);
        schema.put("properties", properties);
        schema.put("unevaluatedProperties", false);
        return schema;
    }

    /**
     * The method options as form fields: one per name, with the methods that take it; its type, and
     * its default and range when every method that takes it agrees on them.
     */
    private static Map<String, Object> optionProperties(List<MethodDescription> methods) {
        Map<String, List<MethodDescription>> byName = new TreeMap<>();
        for (MethodDescription method : methods) {
            for (Setting<?> option : method.options()) {
                byName.computeIfAbsent(option.name(), n -> new ArrayList<>()).add(method);
            }
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        byName.forEach((name, takers) -> {
            List<Setting<?>> options = takers.stream().<Setting<?>>map(m -> m.option(name).orElseThrow()).toList();
            Setting<?> first = options.get(0);
            Map<String, Object> property = new LinkedHashMap<>();
            property.put("type", switch (first.type()) {
                case INTEGER -> "integer";
                case NUMBER -> "number";
                case FLAG -> "boolean";
                default -> "string";
            });
            if (first.type() == SettingType.CHOICE) {
                property.put("enum", first.choices());
            }
            if (options.stream().allMatch(o -> java.util.Objects.equals(o.min(), first.min())) && first.min() != null) {
                property.put("minimum", number(first.type(), first.min()));
            }
            if (options.stream().allMatch(o -> java.util.Objects.equals(o.max(), first.max())) && first.max() != null) {
                property.put("maximum", number(first.type(), first.max()));
            }
            if (options.stream().allMatch(o -> java.util.Objects.equals(o.defaultText(), first.defaultText()))
                    && first.defaultText() != null) {
                property.put("default", typed(property.get("type").toString(), first.defaultText()));
            }
            StringBuilder description = new StringBuilder("an option of ");
            for (int i = 0; i < takers.size(); i++) {
                Setting<?> option = options.get(i);
                description.append(i == 0 ? "" : "; ").append(takers.get(i).name()).append(": ")
                        .append(option.help());
                String range = option.defaultAndRange();
                if (!range.isEmpty()) {
                    description.append(" (").append(range).append(")");
                }
            }
            property.put("description", description.toString());
            property.put("x-methods", takers.stream().map(MethodDescription::name).toList());
            properties.put(name, property);
        });
        return properties;
    }

    private static Object number(SettingType type, double value) {
        return type == SettingType.INTEGER ? (Object) (long) value : (Object) value;
    }

    private static Object typed(String type, String value) {
        return switch (type) {
            case "integer" -> Long.parseLong(value);
            case "number" -> Double.parseDouble(value);
            case "boolean" -> Boolean.parseBoolean(value);
            default -> value;
        };
    }

    private static Map<String, Object> schemas() {
        Map<String, Object> schemas = new LinkedHashMap<>();
        schemas.put("Error", object(List.of("error"), ordered(
                "error", map("type", "string", "description", "what is wrong, in one line"))));
        schemas.put("BudgetError", object(List.of("error", "estimate"), ordered(
                "error", map("type", "string", "description", "the estimate, the budget and the options that drive"
                        + " the cost, in one line"),
                "estimate", ref("schemas", "Estimate"))));
        schemas.put("Option", object(List.of("name", "type", "description"), ordered(
                "name", map("type", "string"),
                "type", map("type", "string", "enum", List.of("integer", "number", "flag", "choice", "text")),
                "default", map("type", "string", "description", "absent when the option has none"),
                "min", map("type", "number"), "max", map("type", "number"),
                "choices", map("type", "array", "items", map("type", "string")),
                "description", map("type", "string"))));
        schemas.put("Methods", object(List.of("methods", "limits"), ordered(
                "methods", map("type", "array", "items", object(List.of("name", "summary", "options"), ordered(
                        "name", map("type", "string"), "summary", map("type", "string"),
                        "options", map("type", "array", "items", ref("schemas", "Option"))))),
                "limits", object(List.of("maxPixels", "maxBodyBytes", "maxJobs", "queue", "jobTtlSeconds",
                        "maxSeconds", "idleTimeoutSeconds", "headerTimeoutSeconds", "minUploadRate", "maxConnections"),
                        ordered("maxPixels", integer(), "maxBodyBytes", integer(), "maxJobs", integer(),
                                "queue", integer(), "jobTtlSeconds", integer(), "maxSeconds", integer(),
                                "idleTimeoutSeconds", integer(), "headerTimeoutSeconds", integer(),
                                "minUploadRate", integer(), "maxConnections", integer())))));
        schemas.put("Job", object(List.of("id", "method", "state", "progress", "seconds"), ordered(
                "id", map("type", "string", "pattern", "^" + Routes.JOB_ID + "$"),
                "method", map("type", "string"),
                "state", map("type", "string", "enum", List.of("queued", "running", "cancelling", "done", "failed",
                        "cancelled")),
                "progress", map("type", "number", "minimum", 0, "maximum", 1, "description", "the method's progress;"
                        + " a method that reports none (the GAN) stays at 0 until it is done"),
                "seconds", map("type", "number", "description", "time waited (queued) or filling (from the start)"),
                "width", integer(), "height", integer(),
                "result", map("type", "string", "description", "the result's address, once done"),
                "resultType", map("type", "string", "description", "the result's media type, once done"),
                "status", integer(), "error", map("type", "string", "description", "why it failed"))));
        schemas.put("Estimate", object(List.of("method", "known", "holePixels", "budgetSeconds", "withinBudget"),
                ordered("method", map("type", "string"),
                        "known", map("type", "boolean", "description", "false for a method that makes no estimate"
                                + " (its fills are still stopped at the budget)"),
                        "operations", map("type", "number"), "unit", map("type", "string"),
                        "seconds", map("type", "number", "description", "at the method's reference rate"),
                        "options", map("type", "object", "description", "the options that drive the cost, with their"
                                + " values", "additionalProperties", map("type", "string")),
                        "hint", map("type", "string"),
                        "holePixels", integer(),
                        "budgetSeconds", integer(),
                        "withinBudget", map("type", "boolean"))));
        return schemas;
    }

    private static Map<String, Object> object(List<String> required, Map<String, Object> properties) {
        return map("type", "object", "required", required, "properties", properties);
    }

    private static Map<String, Object> integer() {
        return map("type", "integer");
    }

    private static Map<String, Object> ref(String kind, String name) {
        return map("$ref", "#/components/" + kind + "/" + name);
    }

    private static Map<String, Object> withCommon(Map<String, Object> responses, Map<Integer, String> common) {
        Map<String, Object> all = new LinkedHashMap<>(responses);
        common.forEach((code, text) -> all.put(Integer.toString(code), map("description", text, "content",
                map("application/json", map("schema", ref("schemas", "Error"))))));
        return all;
    }

    private static Map<String, Object> map(Object... pairs) {
        return ordered(pairs);
    }

    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
