package io.github.inpaint4j.cli.serve;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.inpaint4j.io.BoundedInputStream;
import io.github.inpaint4j.io.ReadOptions;
import io.github.inpaint4j.registry.MethodDescription;
import io.github.inpaint4j.settings.Setting;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web server of {@code inpaint serve}: the page (from the jar) and the HTTP API over the
 * methods of a {@link ServedMethods}. Built on the JDK's own {@code com.sun.net.httpserver}: no
 * dependency, enough for a local tool, and every limit is ours to set.
 *
 * <p>Endpoints (documented with examples in {@code docs/http-api.md}):
 * <ul>
 *   <li>{@code GET /api/methods}: the methods, their options and the server's limits;</li>
 *   <li>{@code POST /api/inpaint}: a form with {@code image}, {@code mask}, {@code method} and options,
 *       answered with the filled PNG;</li>
 *   <li>{@code POST /api/jobs}, {@code GET /api/jobs/{id}}, {@code DELETE /api/jobs/{id}},
 *       {@code GET /api/jobs/{id}/result}: the same fill as a job with progress and cancel.</li>
 * </ul>
 * Errors are JSON, {@code {"error": "one line"}}, with the status 400 (bad input), 403 (another site),
 * 404, 405, 409 (result not ready), 413 (too large), 415 (not a form), 500 or 503 (busy); no stack trace
 * reaches an answer. Each request is logged in one line at INFO.
 *
 * <p>Safe by default (see {@link ServeConfig}): the request body is bounded before it is read and the
 * pixel count before a picture is decoded; at most {@code maxJobs} fills run and {@code queue} wait;
 * no request names a file; {@link OriginGuard} refuses other sites. Closing stops the server, cancels
 * the fills, removes the temporary files and closes the methods.
 */
public final class InpaintServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InpaintServer.class);
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
    private static final Pattern JOB = Pattern.compile("/api/jobs/([0-9a-f]{32})(/result)?");
    private static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self' blob: data:; connect-src 'self'; base-uri 'none'; form-action 'none';"
            + " frame-ancestors 'none'";

    private final ServeConfig config;
    private final ServedMethods methods;
    private final HttpServer http;
    private final ThreadPoolExecutor requests;
    private final Jobs jobs;
    private final OriginGuard guard;
    private final StaticFiles page;
    private final Path temporary;
    private final URI uri;
    private final ReadOptions reading;
    private final FillParameters fills;

    private InpaintServer(ServeConfig config, ServedMethods methods, Clock clock) throws IOException {
        this.config = config;
        this.methods = methods;
        this.page = StaticFiles.load();
        // warnings name the server's own files: for its log, not for the answer
        this.reading = ReadOptions.defaults().withMaxPixels(config.maxPixels()).withWarnings(LOG::info);
        this.fills = new FillParameters(methods, reading);
        InetAddress address = InetAddress.getByName(config.bind());
        this.http = HttpServer.create(new InetSocketAddress(address, config.port()), 64);
        int port = http.getAddress().getPort();
        this.guard = OriginGuard.forAddress(address, port, config.allowHosts());
        // every fill that waits holds a request thread (POST /api/inpaint), plus a few for the rest
        int threads = Math.min(256, config.maxJobs() + config.queue() + 4);
        AtomicInteger number = new AtomicInteger();
        this.requests = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(4 * threads), task -> {
                    Thread thread = new Thread(task, "inpaint-http-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.temporary = Files.createTempDirectory("inpaint-serve-");
        this.jobs = new Jobs(config, clock);
        String host = address.isAnyLocalAddress() || address.isLoopbackAddress()
                ? (address instanceof Inet6Address && !address.isAnyLocalAddress() ? "[::1]" : "127.0.0.1")
                : guard.hosts().stream().filter(h -> !h.equals("localhost")).findFirst().orElseThrow();
        this.uri = URI.create("http://" + host + ":" + port + "/");
        http.setExecutor(requests);
        http.createContext("/", this::handle);
        http.start();
    }

    /**
     * Starts a server; it owns {@code methods} and closes them when it is closed.
     *
     * @throws IOException if the address cannot be bound (in use, not this machine's)
     */
    public static InpaintServer start(ServeConfig config, ServedMethods methods) throws IOException {
        return start(config, methods, Clock.systemUTC());
    }

    /** As {@link #start(ServeConfig, ServedMethods)}, with the clock that times the jobs' expiry. */
    static InpaintServer start(ServeConfig config, ServedMethods methods, Clock clock) throws IOException {
        try {
            return new InpaintServer(config, methods, clock);
        } catch (IOException | RuntimeException e) {
            methods.close();
            throw e;
        }
    }

    /** The address to open in a browser, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        return uri;
    }

    /** The port listened on (the one picked, if the configuration asked for 0). */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The fills and jobs, for tests. */
    Jobs jobs() {
        return jobs;
    }

    /** Stops listening, cancels the fills, removes the temporary files and closes the methods. */
    @Override
    public void close() {
        http.stop(0);
        requests.shutdownNow();
        jobs.close();
        methods.close();
        TempFolders.deleteTree(temporary);
    }

    /** One request: checked, routed, answered, logged. */
    private void handle(HttpExchange exchange) {
        long start = System.nanoTime();
        String path = exchange.getRequestURI().getRawPath();
        Answer answer = new Answer(exchange);
        try {
            guard.check(exchange.getRequestHeaders().getFirst("Host"), exchange.getRequestHeaders().getFirst("Origin"));
            route(exchange, path, answer);
        } catch (HttpError e) {
            answer.error(e);
        } catch (OutOfMemoryError e) {
            answer.error(HttpError.BUSY, "out of memory: the server has no memory free for this request; try again later");
        } catch (IOException e) {
            LOG.debug("{} {}: {}", exchange.getRequestMethod(), path, e.toString());
            answer.error(HttpError.BAD_REQUEST, "the request could not be read: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", exchange.getRequestMethod(), path, e);
            answer.error(HttpError.INTERNAL, "internal error; the server's log has the details");
        } finally {
            exchange.close();
            LOG.info("{} {} {} -> {} ({} bytes, {} ms)", exchange.getRemoteAddress().getAddress().getHostAddress(),
                    exchange.getRequestMethod(), path, answer.status, answer.bytes, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private void route(HttpExchange exchange, String path, Answer answer) throws IOException {
        String verb = exchange.getRequestMethod();
        Matcher job = JOB.matcher(path);
        if (page.get(path).isPresent()) {
            allow(verb, "GET");
            StaticFiles.File file = page.get(path).orElseThrow();
            if (path.equals("/")) {
                exchange.getResponseHeaders().set("Content-Security-Policy", PAGE_POLICY);
            }
            answer.send(200, file.contentType(), file.bytes());
        } else if (path.equals("/api/methods")) {
            allow(verb, "GET");
            answer.json(200, describe());
        } else if (path.equals("/api/inpaint")) {
            allow(verb, "POST");
            fillNow(exchange, answer);
        } else if (path.equals("/api/jobs")) {
            allow(verb, "POST");
            Job queued = jobs.submit(readFill(exchange), true);
            exchange.getResponseHeaders().set("Location", "/api/jobs/" + queued.id());
            answer.json(202, queued.toJson());
        } else if (job.matches() && job.group(2) == null) {
            allow(verb, "GET, DELETE");
            String id = job.group(1);
            answer.json(200, (verb.equals("GET") ? jobs.find(id).orElseThrow(() -> Jobs.unknown(id))
                    : jobs.cancelOrRemove(id)).toJson());
        } else if (job.matches()) {
            allow(verb, "GET");
            Job done = jobs.find(job.group(1)).orElseThrow(() -> Jobs.unknown(job.group(1)));
            if (done.state() != Job.State.DONE) {
                throw new HttpError(HttpError.CONFLICT, "job " + done.id() + " has no result: it is "
                        + done.state().name().toLowerCase(Locale.ROOT)
                        + (done.error() == null ? "" : " (" + done.error() + ")"));
            }
            answer.sendFile(200, "image/png", done.result());
        } else {
            throw new HttpError(HttpError.NOT_FOUND, "no such page or endpoint: " + path
                    + " (the API is under /api: methods, inpaint, jobs)");
        }
    }

    /** Refuses a method the endpoint does not take, naming those it takes. */
    private static void allow(String verb, String allowed) {
        if (!List.of(allowed.split(", ")).contains(verb)) {
            throw HttpError.methodNotAllowed(verb, allowed);
        }
    }

    /** {@code POST /api/inpaint}: the fill, waited for, answered with its PNG. */
    private void fillNow(HttpExchange exchange, Answer answer) throws IOException {
        Job job = jobs.submit(readFill(exchange), false);
        try {
            job.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.cancel();
            throw new HttpError(HttpError.BUSY, "the server is stopping");
        }
        try {
            switch (job.state()) {
                case DONE -> answer.sendFile(200, "image/png", job.result());
                case FAILED -> throw new HttpError(job.errorStatus(), job.error());
                default -> throw new HttpError(HttpError.BUSY, "the fill was cancelled: the server is stopping");
            }
        } finally {
            job.discard();
        }
    }

    /**
     * Reads a fill form into the server's own folder, checking, in order: the body's length, the form, its
     * fields, the pictures' pixel counts (from their headers) and the method's options.
     */
    /** The 413 of a body of {@code length} bytes, or (length −1) of one found longer than the limit as it arrived. */
    private static HttpError tooLarge(long limit, long length) {
        return new HttpError(HttpError.TOO_LARGE, String.format(Locale.ROOT, "the request body is too large: %s,"
                + " more than this server's limit of %,d bytes (see --max-body)",
                length < 0 ? "longer" : String.format(Locale.ROOT, "%,d bytes", length), limit));
    }

    private FillRequest readFill(HttpExchange exchange) throws IOException {
        Headers headers = exchange.getRequestHeaders();
        String length = headers.getFirst("Content-Length");
        if (length != null) {
            try {
                long declared = Long.parseLong(length.trim());
                if (declared > config.maxBody()) {
                    throw tooLarge(config.maxBody(), declared);
                }
            } catch (NumberFormatException e) {
                throw new HttpError(HttpError.BAD_REQUEST, "the Content-Length '" + length + "' is not a number");
            }
        }
        String boundary = MultipartForm.boundary(headers.getFirst("Content-Type"));
        Path folder = Files.createTempDirectory(temporary, "fill-");
        try {
            MultipartForm form;
            try (InputStream body = new BoundedInputStream(exchange.getRequestBody(), config.maxBody(), () -> {
                throw tooLarge(config.maxBody(), -1);
            })) {
                form = MultipartForm.read(body, boundary, FillParameters.FILE_FIELDS, folder);
            }
            return fills.read(form.fields(), form.files(), folder);
        } catch (IOException | RuntimeException e) {
            TempFolders.deleteTree(folder);
            throw e;
        }
    }

    /** {@code GET /api/methods}: the methods, their options and the limits. */
    private Map<String, Object> describe() {
        List<Map<String, Object>> list = methods.offered().stream().map(InpaintServer::describe).toList();
        Map<String, Object> limits = new LinkedHashMap<>();
        limits.put("maxPixels", config.maxPixels());
        limits.put("maxBodyBytes", config.maxBody());
        limits.put("maxJobs", config.maxJobs());
        limits.put("queue", config.queue());
        limits.put("jobTtlSeconds", config.jobTtl().toSeconds());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("methods", list);
        json.put("limits", limits);
        return json;
    }

    private static Map<String, Object> describe(MethodDescription method) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", method.name());
        json.put("summary", method.summary());
        json.put("options", method.options().stream().map(InpaintServer::describe).toList());
        return json;
    }

    private static Map<String, Object> describe(Setting<?> option) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", option.name());
        json.put("type", option.type().name().toLowerCase(Locale.ROOT));
        json.put("default", option.defaultText());
        json.put("min", option.min());
        json.put("max", option.max());
        if (!option.choices().isEmpty()) {
            json.put("choices", option.choices());
        }
        json.put("allowed", option.allowed());
        json.put("description", option.help());
        return json;
    }

    /** The answer to one exchange: sends it once, and remembers its status and size for the log. */
    private static final class Answer {
        private final HttpExchange exchange;
        int status;
        long bytes;

        Answer(HttpExchange exchange) {
            this.exchange = exchange;
        }

        void json(int code, Object body) throws IOException {
            send(code, "application/json; charset=utf-8", GSON.toJson(body).getBytes(StandardCharsets.UTF_8));
        }

        void error(HttpError e) {
            if (e.allow() != null) {
                exchange.getResponseHeaders().set("Allow", e.allow());
            }
            error(e.status(), e.getMessage());
        }

        void error(int code, String message) {
            if (status != 0) {
                return; // the answer's head is out: the connection is closed instead
            }
            try {
                json(code, Map.of("error", message));
            } catch (IOException e) {
                LOG.debug("the error answer could not be sent: {}", e.toString());
            }
        }

        void send(int code, String type, byte[] body) throws IOException {
            head(code, type, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            bytes = body.length;
        }

        void sendFile(int code, String type, Path file) throws IOException {
            long size = Files.size(file);
            head(code, type, size);
            try (OutputStream out = exchange.getResponseBody()) {
                Files.copy(file, out);
            }
            bytes = size;
        }

        private void head(int code, String type, long length) throws IOException {
            Headers headers = exchange.getResponseHeaders();
            headers.set("Content-Type", type);
            headers.set("Cache-Control", "no-store");
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("X-Frame-Options", "DENY");
            status = code;
            exchange.sendResponseHeaders(code, length == 0 ? -1 : length);
        }
    }
}
