package io.github.inpaint4j.benchmarks;

import io.github.inpaint4j.cli.CommandRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Load on a running {@code inpaint serve}, on loopback, for the figures of docs/http-api.md: every
 * loop is bounded in count and time, and the program stops by itself.
 * <ul>
 *   <li>{@code fills}: {@code --requests} fills answered at once ({@code POST /api/inpaint}) from
 *       {@code --clients} clients that retry a 503 after its {@code Retry-After}; prints the latency of each
 *       fill from its first try to its answer (p50, p99, max), the 503s and the throughput;</li>
 *   <li>{@code slow}: {@code --clients} connections that send their headers or their body one byte a second
 *       ({@code --what headers|body}) for {@code --seconds}, while a probe asks {@code GET /api/methods} twice a
 *       second; prints the probes' latencies and how the slow connections ended;</li>
 *   <li>{@code disconnect}: a fill answered at once that runs long (exact Efros–Leung), its client hanging up
 *       after a second; prints how long after the hang-up the next fill started.</li>
 * </ul>
 * Run it with the benchmarks jar: {@code java -cp benchmarks/target/speed.jar io.github.inpaint4j.benchmarks.ServeLoad
 * fills --url http://127.0.0.1:8080/} (see {@code scripts/serve-load.sh}).
 */
@Command(name = "serve-load", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Load on a running inpaint serve on loopback: fills, slow clients, a client that hangs up.")
public final class ServeLoad implements Callable<Integer> {

    private static final String BOUNDARY = "----inpaint4j-serve-load-Xq9";
    private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.1 (\\d{3})");

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "fills, slow or disconnect")
    String test;

    @Option(names = "--url", defaultValue = "http://127.0.0.1:8080/", description = "the server (default: ${DEFAULT-VALUE})")
    URI url;

    @Option(names = "--clients", defaultValue = "16", description = "clients at once (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--requests", defaultValue = "200", description = "fills in all, for `fills` (default: ${DEFAULT-VALUE})")
    int requests;

    @Option(names = "--warmup", defaultValue = "16",
            description = "fills sent one at a time before `fills` measures, to warm the server's JIT (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--method", defaultValue = "telea", description = "the method of `fills` (default: ${DEFAULT-VALUE})")
    String method;

    @Option(names = "--image", defaultValue = "docs/samples/astronaut-256.png", description = "the picture (default: ${DEFAULT-VALUE})")
    Path image;

    @Option(names = "--mask", defaultValue = "docs/samples/astronaut-256-centre-hole.png", description = "its mask (default: ${DEFAULT-VALUE})")
    Path mask;

    @Option(names = "--what", defaultValue = "headers", description = "what `slow` sends slowly: headers or body (default: ${DEFAULT-VALUE})")
    String what;

    @Option(names = "--seconds", defaultValue = "40", description = "how long `slow` lasts, at most 600 (default: ${DEFAULT-VALUE})")
    int seconds;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Runs the load and exits with its code. */
    public static void main(String[] args) {
        CommandRunner.main(new ServeLoad(), args);
    }

    @Override
    public Integer call() throws Exception {
        if (!url.getHost().equals("127.0.0.1") && !url.getHost().equals("localhost") && !url.getHost().equals("[::1]")) {
            throw new IllegalArgumentException("--url must be on loopback (127.0.0.1, localhost or [::1]), got " + url);
        }
        seconds = Math.min(Math.max(1, seconds), 600);
        PrintWriter out = spec.commandLine().getOut();
        switch (test) {
            case "fills" -> fills(out);
            case "slow" -> slow(out);
            case "disconnect" -> disconnect(out);
            default -> throw new IllegalArgumentException("CASE must be fills, slow or disconnect, got " + test);
        }
        out.flush();
        return 0;
    }

    private byte[] form(String methodName) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, "image", "image.png", Files.readAllBytes(image));
        part(body, "mask", "mask.png", Files.readAllBytes(mask));
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"method\"\r\n\r\n" + methodName
                + "\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static void part(ByteArrayOutputStream body, String name, String file, byte[] content) {
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + file + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest post(String path, byte[] body) {
        return HttpRequest.newBuilder(url.resolve(path)).timeout(Duration.ofMinutes(10))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    /** Fills from clients that retry a 503 after its Retry-After; the latency of each from its first try. */
    private void fills(PrintWriter out) throws Exception {
        byte[] body = form(method);
        for (int i = 0; i < Math.min(warmup, 1000); i++) {
            client.send(post("api/inpaint", body), HttpResponse.BodyHandlers.discarding());
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger busy = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                while (next.getAndIncrement() < requests) {
                    long first = System.nanoTime();
                    for (int attempt = 0; attempt < 1000; attempt++) {
                        HttpResponse<byte[]> answer = client.send(post("api/inpaint", body),
                                HttpResponse.BodyHandlers.ofByteArray());
                        if (answer.statusCode() == 200) {
                            latencies.add((System.nanoTime() - first) / 1e9);
                            break;
                        }
                        if (answer.statusCode() != 503) {
                            failed.incrementAndGet();
                            break;
                        }
                        busy.incrementAndGet();
                        long wait = answer.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
                        Thread.sleep(1000 * wait);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get(1, TimeUnit.HOURS);
        }
        pool.shutdown();
        double total = (System.nanoTime() - start) / 1e9;
        Collections.sort(latencies);
        out.printf(Locale.ROOT, "fills: %d of %d done (%d failed) by %d clients in %.1f s (%.1f a second); %d answers"
                + " were 503 and retried after Retry-After%n", latencies.size(), requests, failed.get(), clients, total,
                latencies.size() / total, busy.get());
        out.printf(Locale.ROOT, "latency from the first try: p50 %.2f s, p90 %.2f s, p99 %.2f s, max %.2f s%n",
                percentile(latencies, 50), percentile(latencies, 90), percentile(latencies, 99),
                latencies.isEmpty() ? Double.NaN : latencies.get(latencies.size() - 1));
    }

    private static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank)));
    }

    /** Slow connections, while a probe asks the server twice a second. */
    private void slow(PrintWriter out) throws Exception {
        boolean headers = what.equals("headers");
        if (!headers && !what.equals("body")) {
            throw new IllegalArgumentException("--what must be headers or body, got " + what);
        }
        String host = "Host: " + url.getHost() + ":" + url.getPort() + "\r\n";
        byte[] body = form("telea");
        byte[] head = headers ? ("GET /api/methods HTTP/1.1\r\n" + host).getBytes(StandardCharsets.ISO_8859_1)
                : ("POST /api/inpaint HTTP/1.1\r\n" + host + "Content-Type: multipart/form-data; boundary=" + BOUNDARY
                        + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] slowly = headers ? ("X-Slow: " + "a".repeat(4000) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1)
                : body;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<List<String>>> slowClients = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            // each slow client connects again when it is cut, so that there are always this many
            slowClients.add(pool.submit(() -> {
                List<String> ended = new ArrayList<>();
                while (System.nanoTime() < end) {
                    ended.add(trickle(head, slowly, end));
                }
                return ended;
            }));
        }
        List<Double> probes = new ArrayList<>();
        int unanswered = 0;
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            try {
                HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(url.resolve("api/methods"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
                if (answer.statusCode() == 200) {
                    probes.add((System.nanoTime() - start) / 1e9);
                } else {
                    unanswered++;
                }
            } catch (IOException e) {
                unanswered++;
            }
            Thread.sleep(500);
        }
        List<String> endings = new ArrayList<>();
        for (Future<List<String>> f : slowClients) {
            endings.addAll(f.get(2, TimeUnit.MINUTES));
        }
        pool.shutdownNow();
        Collections.sort(probes);
        out.printf(Locale.ROOT, "slow %s: %d connections sending a byte a second for %d s%n", what, clients, seconds);
        out.printf(Locale.ROOT, "probes (GET /api/methods twice a second): %d answered, %d not; p50 %.3f s, p99 %.3f s,"
                + " max %.3f s%n", probes.size(), unanswered, percentile(probes, 50), percentile(probes, 99),
                probes.isEmpty() ? Double.NaN : probes.get(probes.size() - 1));
        out.printf("slow connections (connecting again when cut) ended: %s%n", summary(endings));
    }

    /** Sends {@code head}, then {@code slowly} a byte a second until the server answers or {@code end}. */
    private String trickle(byte[] head, byte[] slowly, long end) {
        long start = System.nanoTime();
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(head);
            out.flush();
            try {
                for (int i = 0; i < slowly.length && System.nanoTime() < end; i++) {
                    out.write(slowly[i]);
                    out.flush();
                    if (socket.getInputStream().available() > 0) {
                        break;
                    }
                    Thread.sleep(1000);
                }
            } catch (IOException e) {
                // closed by the server: its answer, if any, is read below
            }
            String answer = read(socket.getInputStream());
            Matcher status = STATUS.matcher(answer);
            return (status.find() ? status.group(1) : "closed") + String.format(Locale.ROOT, " after %.0f s",
                    (System.nanoTime() - start) / 1e9);
        } catch (IOException e) {
            return "failed: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static String read(InputStream in) {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) >= 0 && answer.size() < 1 << 16;) {
                answer.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // a reset after the answer, or a timeout: keep what came
        }
        return answer.toString(StandardCharsets.ISO_8859_1);
    }

    /** How the slow connections ended: a count per status, and the longest any lasted. */
    private static String summary(List<String> endings) {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        double longest = 0;
        for (String ending : endings) {
            int after = ending.indexOf(" after ");
            counts.merge(after < 0 ? ending : ending.substring(0, after), 1, Integer::sum);
            if (after >= 0) {
                longest = Math.max(longest, Double.parseDouble(ending.substring(after + 7, ending.length() - 2)));
            }
        }
        return counts + String.format(Locale.ROOT, ", the longest after %.0f s", longest);
    }

    /** A long fill answered at once whose client hangs up; the time until the next fill starts. */
    private void disconnect(PrintWriter out) throws Exception {
        byte[] longFill = form("efros-leung");
        long hungUp;
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.getOutputStream().write(("POST /api/inpaint HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                    + "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\nContent-Length: "
                    + longFill.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(longFill);
            socket.getOutputStream().flush();
            Thread.sleep(1500); // the fill is running
            hungUp = System.nanoTime();
        }
        HttpResponse<String> queued = client.send(post("api/jobs", form("telea")), HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f]{32})\"").matcher(queued.body());
        if (queued.statusCode() != 202 || !id.find()) {
            throw new IllegalStateException("the next job was not queued: " + queued.statusCode() + " " + queued.body());
        }
        double started = Double.NaN;
        while (System.nanoTime() - hungUp < TimeUnit.SECONDS.toNanos(60)) {
            String job = client.send(HttpRequest.newBuilder(url.resolve("api/jobs/" + id.group(1))).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (!job.contains("\"state\":\"queued\"")) {
                started = (System.nanoTime() - hungUp) / 1e9;
                break;
            }
            Thread.sleep(20);
        }
        out.printf(Locale.ROOT, "disconnect: the next fill started %.2f s after the client of a running fill hung up%n",
                started);
    }
}
