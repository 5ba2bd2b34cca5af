package io.github.inpaint4j.cli;

import io.github.inpaint4j.Threads;
import io.github.inpaint4j.cli.serve.InpaintServer;
import io.github.inpaint4j.cli.serve.ServeConfig;
import io.github.inpaint4j.cli.serve.ServedMethods;
import io.github.inpaint4j.registry.MethodDescription;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code inpaint serve}: starts the web page and HTTP API ({@link InpaintServer}), prints the address to
 * open, and serves until stopped (Ctrl-C, or an interrupt of the calling thread).
 */
@Command(name = "serve", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Serve a web page to remove objects from photos with a brush, and its HTTP API"
                + " (docs/http-api.md).", "Listens on 127.0.0.1 only, unless told otherwise with --bind."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + ServeConfig.DEFAULT_PORT,
            description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every"
                    + " network: anyone who reaches it can use it)")
    String bind;

    @Option(names = "--checkpoint", paramLabel = "DIR",
            description = "a GAN checkpoint (or training run) folder, loaded once and shared: offers the method gan")
    Path checkpoint;

    @Option(names = "--threads", paramLabel = "N",
            description = "worker threads of each fill (default: the cores divided among --max-jobs fills)")
    Integer threads;

    @Option(names = "--max-pixels", paramLabel = "N", defaultValue = "" + ServeConfig.DEFAULT_MAX_PIXELS,
            description = "largest picture accepted, width × height, checked before decoding (default: ${DEFAULT-VALUE})")
    long maxPixels;

    @Option(names = "--max-body", paramLabel = "MIB",
            description = "largest request in MiB (default: 4 bytes a pixel of --max-pixels, plus 1 MiB)")
    Long maxBodyMib;

    @Option(names = "--max-jobs", paramLabel = "N", defaultValue = "1",
            description = "fills that run at once (default: ${DEFAULT-VALUE})")
    int maxJobs;

    @Option(names = "--queue", paramLabel = "N", defaultValue = "4",
            description = "fills that wait for a free slot; more are refused with 503 (default: ${DEFAULT-VALUE})")
    int queue;

    @Option(names = "--max-kept-jobs", paramLabel = "N", defaultValue = "16",
            description = "jobs kept with their results for /api/jobs (default: ${DEFAULT-VALUE})")
    int maxKeptJobs;

    @Option(names = "--job-ttl", paramLabel = "SECONDS", defaultValue = "600",
            description = "how long a finished job's result is kept (default: ${DEFAULT-VALUE})")
    long jobTtlSeconds;

    @Option(names = "--max-seconds", paramLabel = "SECONDS", defaultValue = "" + ServeConfig.DEFAULT_MAX_SECONDS,
            description = "budget of one fill: refused (422) if its method estimates it longer, stopped if it runs"
                    + " longer (default: ${DEFAULT-VALUE})")
    long maxSeconds;

    @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "close a connection that sends and receives nothing for this long (default: ${DEFAULT-VALUE})")
    long idleTimeoutSeconds;

    @Option(names = "--header-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "time a request's headers may take to arrive (default: ${DEFAULT-VALUE})")
    long headerTimeoutSeconds;

    @Option(names = "--min-upload-rate", paramLabel = "BYTES", defaultValue = "" + ServeConfig.DEFAULT_MIN_UPLOAD_RATE,
            description = "least average rate of a request body in bytes a second, checked after --header-timeout;"
                    + " 0 checks none (default: ${DEFAULT-VALUE})")
    long minUploadRate;

    @Option(names = "--max-connections", paramLabel = "N", defaultValue = "256",
            description = "connections open at once; more wait to be accepted (default: ${DEFAULT-VALUE})")
    int maxConnections;

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = "another host name the server is reached by (the Host and Origin checks); repeatable")
    List<String> allowedHosts = new ArrayList<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        ServeConfig config = config();
        // the GAN holds a model: loaded once, from --checkpoint (or its default model, where there is one)
        ServedMethods methods = ServedMethods.fromRegistry(config.threads(), Map.of("gan",
                checkpoint == null ? Map.of() : Map.of("checkpoint", checkpoint.toString())));
        InpaintServer server;
        try {
            server = InpaintServer.start(config, methods);
        } catch (BindException e) {
            throw new IOException("cannot listen on " + bind + ":" + port + ": " + e.getMessage()
                    + " (pick another port with --port, or 0 for any free one)", e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "inpaint-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        spec.commandLine().getOut().printf("inpaint serve: open %s in a browser (methods: %s; Ctrl-C stops it)%n",
                server.uri(), String.join(", ", methods.offered().stream().map(MethodDescription::name).toList()));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            server.close();
        }
        return 0;
    }

    private ServeConfig config() {
        try {
            int fillThreads = threads != null ? threads : Math.max(1, Threads.available() / Math.max(1, maxJobs));
            long maxBody = maxBodyMib == null ? ServeConfig.bodyFor(maxPixels) : Math.multiplyExact(maxBodyMib, 1L << 20);
            return ServeConfig.defaults().withBind(bind).withPort(port).withThreads(fillThreads)
                    .withMaxPixels(maxPixels).withMaxBodyBytes(maxBody).withMaxJobs(maxJobs).withQueue(queue)
                    .withMaxKeptJobs(maxKeptJobs).withJobTtl(Duration.ofSeconds(jobTtlSeconds))
                    .withAllowedHosts(allowedHosts).withMaxSeconds(Duration.ofSeconds(maxSeconds))
                    .withIdleTimeout(Duration.ofSeconds(idleTimeoutSeconds))
                    .withHeaderTimeout(Duration.ofSeconds(headerTimeoutSeconds)).withMinUploadRate(minUploadRate)
                    .withMaxConnections(maxConnections);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new ParameterException(spec.commandLine(), optionNames(e.getMessage()), e);
        }
    }

    /** A configuration message in the command line's words: "maxJobs must be ..." → "--max-jobs must be ...". */
    private static String optionNames(String message) {
        return message == null ? "value out of range" : message.replaceFirst("^maxBodyBytes", "--max-body (in bytes)")
                .replaceFirst("^maxKeptJobs", "--max-kept-jobs").replaceFirst("^maxPixels", "--max-pixels")
                .replaceFirst("^maxJobs", "--max-jobs").replaceFirst("^jobTtl", "--job-ttl")
                .replaceFirst("^allowedHosts", "--allow-host").replaceFirst("^maxSeconds", "--max-seconds")
                .replaceFirst("^idleTimeout", "--idle-timeout").replaceFirst("^headerTimeout", "--header-timeout")
                .replaceFirst("^minUploadRate", "--min-upload-rate").replaceFirst("^maxConnections", "--max-connections")
                .replaceFirst("^(port|bind|threads|queue)\\b", "--$1");
    }
}
