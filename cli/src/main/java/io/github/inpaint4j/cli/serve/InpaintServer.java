package io.github.inpaint4j.cli.serve;

import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.io.ImageFormat;
import io.github.inpaint4j.io.Picture;
import io.github.inpaint4j.io.ReadOptions;
import io.github.inpaint4j.io.WriteOptions;
import io.github.inpaint4j.registry.MethodDescription;
import io.github.inpaint4j.settings.Setting;
import java.io.IOException;
import java.net.BindException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web server of {@code inpaint serve}: the page (from the jar) and the HTTP API over the
 * methods of a {@link ServedMethods}, on Jetty 12 (its core API, no servlets).
 *
 * <p>The routes are declared in {@link Routes} and documented from there in the OpenAPI document
 * served at {@code /api/openapi.json} ({@link OpenApi}); {@code docs/http-api.md} has them with
 * examples. Errors are JSON, {@code {"error": "one line"}}, including those Jetty answers itself
 * ({@link JsonErrors}); no stack trace reaches an answer. Each request is logged in one line at INFO.
 *
 * <p>Safe by default (see {@link ServeConfig}): connections are bounded in number, closed when idle,
 * and must send their headers within a time ({@link SlowHeaders}) and their body at a least rate
 * ({@link UploadRate}); the request body is bounded before it is read and the pixel count before a
 * picture is decoded; at most {@code maxJobs} fills run and {@code queue} wait, first come first
 * served ({@link FillQueue}); each fill is held to a budget ({@link Budget}); a fill answered at
 * once is cancelled when its client goes ({@link Disconnects}); no request names a file;
 * {@link OriginGuard} refuses other sites. Closing stops the server, cancels the fills, removes the
 * temporary files and closes the methods.
 */
public final class InpaintServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InpaintServer.class);
    private static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self' blob: data:; connect-src 'self'; base-uri 'none'; form-action 'none';"
            + " frame-ancestors 'none'";
    /** How often a fill answered at once looks whether it ended, in milliseconds. */
    private static final long WAIT_STEP_MILLIS = 100;

    private final ServeConfig config;
    private final ServedMethods methods;
    private final Server jetty;
    private final ServerConnector connector;
    private final SlowHeaders slowHeaders;
    private final Jobs jobs;
    private final Forms forms;
    private final Budget budget;
    private final OriginGuard guard;
    private final StaticFiles page;
    private final Path temporary;
    private final URI uri;
    private final byte[] openApi;
    private final Semaphore conversions;

    private InpaintServer(ServeConfig config, ServedMethods methods, Clock clock) throws IOException {
        this.config = config;
        this.methods = methods;
        this.page = StaticFiles.load();
        this.budget = new Budget(config.maxSeconds());
        // warnings name the server's own files: for its log, not for the answer
        ReadOptions reading = ReadOptions.defaults().withMaxPixels(config.maxPixels()).withWarnings(LOG::info);
        InetAddress address = InetAddress.getByName(config.bind());
        this.temporary = Files.createTempDirectory("inpaint-serve-");
        this.forms = new Forms(config, methods, reading, temporary);
        this.conversions = new Semaphore(config.maxJobs() + 1, true);

        // every fill that waits holds a request thread (POST /api/inpaint), a slow upload one for its grace,
        // and Jetty's acceptor and selector one each
        int threads = Math.max(64, config.maxJobs() + config.queue() + 32);
        QueuedThreadPool pool = new QueuedThreadPool(threads, 4);
        pool.setName("inpaint-http");
        pool.setDaemon(true);
        this.jetty = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(true);
        http.setRequestHeaderSize(16 * 1024);
        this.connector = new ServerConnector(jetty, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(address.getHostAddress());
        connector.setPort(config.port());
        connector.setIdleTimeout(config.idleTimeout().toMillis());
        connector.setAcceptQueueSize(64);
        this.slowHeaders = new SlowHeaders(config.headerTimeout(), connector);
        connector.addBean(slowHeaders);
        jetty.addConnector(connector);
        jetty.addBean(new NetworkConnectionLimit(config.maxConnections(), connector));
        jetty.setErrorHandler(new JsonErrors());
        jetty.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                serve(request, response, callback);
                return true;
            }
        });
        jetty.setStopTimeout(0);
        this.jobs = new Jobs(config, budget, clock);
        try {
            jetty.start();
        } catch (Exception e) {
            stopJetty();
            jobs.close();
            TempFolders.deleteTree(temporary);
            if (e instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof BindException bind) {
                throw bind;
            }
            throw new IOException("cannot start the server: " + e.getMessage(), e);
        }
        int port = connector.getLocalPort();
        this.guard = OriginGuard.forAddress(address, port, config.allowHosts());
        String host = address.isAnyLocalAddress() || address.isLoopbackAddress()
                ? (address instanceof Inet6Address && !address.isAnyLocalAddress() ? "[::1]" : "127.0.0.1")
                : guard.hosts().stream().filter(h -> !h.equals("localhost")).findFirst().orElseThrow();
        this.uri = URI.create("http://" + host + ":" + port + "/");
        this.openApi = OpenApi.document(methods).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Starts a server; it owns {@code methods} and closes them when it is closed.
     *
     * @throws IOException if the address cannot be bound (in use, not this machine's)
     */
    public static InpaintServer start(ServeConfig config, ServedMethods methods) throws IOException {
        return start(config, methods, Clock.systemUTC());
    }

    /** As {@link #start(ServeConfig, ServedMethods)}, with the clock that times the jobs' expiry and the queue. */
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
        return connector.getLocalPort();
    }

    /** The fills and jobs, for tests. */
    Jobs jobs() {
        return jobs;
    }

    /** Stops listening, cancels the fills, removes the temporary files and closes the methods. */
    @Override
    public void close() {
        jobs.close();
        stopJetty();
        slowHeaders.close();
        methods.close();
        TempFolders.deleteTree(temporary);
    }

    private void stopJetty() {
        try {
            jetty.stop();
        } catch (Exception e) {
            LOG.debug("stopping the server: {}", e.toString());
        }
    }

    /** One request: checked, routed, answered, logged. */
    private void serve(Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        Connection connection = request.getConnectionMetaData().getConnection();
        slowHeaders.handling(connection);
        Exchange exchange = new Exchange(request, response);
        String path = request.getHttpURI().getPath();
        try {
            guard.check(exchange.header("Host"), exchange.header("Origin"));
            route(exchange, path);
        } catch (HttpError e) {
            exchange.error(e);
        } catch (OutOfMemoryError e) {
            exchange.error(new HttpError(HttpError.BUSY, "out of memory: the server has no memory free for this"
                    + " request; try again later").withHeader("Retry-After", "10"));
        } catch (IOException e) {
            LOG.debug("{} {}: {}", request.getMethod(), path, e.toString());
            exchange.error(new HttpError(HttpError.BAD_REQUEST, "the request could not be read: " + e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", request.getMethod(), path, e);
            exchange.error(new HttpError(HttpError.INTERNAL, "internal error; the server's log has the details"));
        } finally {
            slowHeaders.handled(connection);
            if (exchange.committed()) {
                callback.succeeded();
            } else {
                callback.failed(new EofException("the client went away"));
            }
            LOG.info("{} {} {} -> {} ({} bytes, {} ms)", Request.getRemoteAddr(request), request.getMethod(), path,
                    exchange.status() == 0 ? "gone" : exchange.status(), exchange.bytes(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    private void route(Exchange exchange, String path) throws IOException {
        if (path.equals("*") && exchange.verb().equals("OPTIONS")) {
            exchange.header("Allow", "GET, HEAD, POST, DELETE, OPTIONS");
            exchange.empty(204);
            return;
        }
        Routes.Match match = Routes.find(path).orElseThrow(() -> new HttpError(HttpError.NOT_FOUND,
                "no such page or endpoint: " + path + " (the API is under /api: methods, inpaint, estimate, convert,"
                        + " jobs, openapi.json)"));
        Routes.Route route = match.route();
        String verb = exchange.verb();
        if (verb.equals("OPTIONS")) {
            exchange.header("Allow", String.join(", ", route.allowed()));
            exchange.empty(204);
            return;
        }
        Routes.Operation operation = route.operation(verb).orElseThrow(() -> new HttpError(
                HttpError.METHOD_NOT_ALLOWED, verb + " is not allowed here; use " + String.join(", ",
                        route.allowed())).withHeader("Allow", String.join(", ", route.allowed())));
        switch (operation.id()) {
            case "listMethods" -> exchange.json(200, describe());
            case "openApi" -> exchange.send(200, Exchange.JSON, openApi);
            case "inpaint" -> fillNow(exchange);
            case "estimate" -> estimate(exchange);
            case "convert" -> convert(exchange);
            case "submitJob" -> submit(exchange);
            case "getJob" -> exchange.json(200, jobs.find(match.id()).orElseThrow(() -> Jobs.unknown(match.id()))
                    .toJson());
            case "cancelJob" -> exchange.json(200, jobs.cancelOrRemove(match.id()).toJson());
            case "getJobResult" -> result(exchange, match.id());
            default -> {
                StaticFiles.File file = page.get(route.template()).orElseThrow();
                if (route.template().equals("/")) {
                    exchange.header("Content-Security-Policy", PAGE_POLICY);
                }
                exchange.send(200, file.contentType(), file.bytes());
            }
        }
    }

    /** {@code POST /api/inpaint}: the fill, waited for, answered with its result; cancelled if the client goes. */
    private void fillNow(Exchange exchange) throws IOException {
        FillRequest fill = fill(exchange);
        Job job = jobs.submit(fill, false);
        Request request = exchange.request();
        AtomicBoolean answered = new AtomicBoolean();
        AtomicBoolean gone = new AtomicBoolean();
        // the fill is bounded by the budget, not by the idle timeout of a connection that waits quietly
        request.addIdleTimeoutListener(timeout -> answered.get());
        Disconnects.watch(request, answered, () -> {
            gone.set(true);
            jobs.cancel(job);
        });
        exchange.header("Connection", "close");
        try {
            while (!job.await(WAIT_STEP_MILLIS)) {
                if (gone.get()) {
                    LOG.info("{} went away: its {} fill is cancelled", Request.getRemoteAddr(request), job.method());
                    job.await(Long.MAX_VALUE);
                    return;
                }
            }
            if (gone.get()) {
                return;
            }
            switch (job.state()) {
                case DONE -> exchange.sendFile(200, job.resultType(), job.result());
                case FAILED -> throw new HttpError(job.errorStatus(), job.error());
                default -> throw new HttpError(HttpError.BUSY, "the fill was cancelled: the server is stopping");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            jobs.cancel(job);
            throw new HttpError(HttpError.BUSY, "the server is stopping");
        } finally {
            answered.set(true);
            job.discard();
        }
    }

    /** {@code POST /api/jobs}: the fill queued, answered at once. */
    private void submit(Exchange exchange) throws IOException {
        Job queued = jobs.submit(fill(exchange), true);
        exchange.header("Location", "/api/jobs/" + queued.id());
        exchange.json(202, queued.toJson());
    }

    /** A fill form read and checked, within the budget where its mask tells the cost. */
    private FillRequest fill(Exchange exchange) throws IOException {
        Forms.Read read = forms.read(exchange.request(), Routes.Form.FILL);
        try {
            FillRequest fill = forms.fill(read);
            try {
                forms.checkBudget(fill, budget);
            } catch (IOException | RuntimeException e) {
                fill.inpainter().close();
                throw e;
            }
            return fill;
        } catch (IOException | RuntimeException e) {
            TempFolders.deleteTree(read.folder());
            throw e;
        }
    }

    /** {@code POST /api/estimate}: the cost of a fill and the budget, without filling. */
    private void estimate(Exchange exchange) throws IOException {
        Forms.Read read = forms.read(exchange.request(), Routes.Form.ESTIMATE);
        try {
            exchange.json(200, forms.estimate(read, budget));
        } finally {
            TempFolders.deleteTree(read.folder());
        }
    }

    /** {@code POST /api/convert}: a picture written in another format with its metadata. */
    private void convert(Exchange exchange) throws IOException {
        Forms.Read read = forms.read(exchange.request(), Routes.Form.CONVERT);
        try {
            ImageFormat format = FillParameters.format(read.form().fields().get("format"), false);
            boolean strip = FillParameters.flag(read.form().fields(), WriteOptions.STRIP_METADATA.name());
            if (!conversions.tryAcquire()) {
                throw new HttpError(HttpError.BUSY, "busy: too many conversions at once; try again in 1 s")
                        .withHeader("Retry-After", "1");
            }
            Path out = read.folder().resolve("converted." + format.extension());
            try {
                Picture picture = UploadedImages.read(read.form().files().get("image"), "image",
                        ReadOptions.defaults().withMaxPixels(config.maxPixels()).withWarnings(LOG::info));
                ImageFiles.write(picture, out, true, WriteOptions.defaults().withKeepMetadata(!strip));
            } finally {
                conversions.release();
            }
            exchange.sendFile(200, Job.mediaType(format), out);
        } finally {
            TempFolders.deleteTree(read.folder());
        }
    }

    private void result(Exchange exchange, String id) throws IOException {
        Job done = jobs.find(id).orElseThrow(() -> Jobs.unknown(id));
        if (done.state() != Job.State.DONE) {
            throw new HttpError(HttpError.CONFLICT, "job " + done.id() + " has no result: it is "
                    + done.state().json() + (done.error() == null ? "" : " (" + done.error() + ")"));
        }
        exchange.sendFile(200, done.resultType(), done.result());
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
        limits.put("maxSeconds", config.maxSeconds().toSeconds());
        limits.put("idleTimeoutSeconds", config.idleTimeout().toSeconds());
        limits.put("headerTimeoutSeconds", config.headerTimeout().toSeconds());
        limits.put("minUploadRate", config.minUploadRate());
        limits.put("maxConnections", config.maxConnections());
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
}
