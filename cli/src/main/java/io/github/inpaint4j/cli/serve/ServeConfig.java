package io.github.inpaint4j.cli.serve;

import io.github.inpaint4j.Threads;
import io.github.inpaint4j.io.ReadOptions;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The settings of an {@link InpaintServer}: where it listens and every bound on what requests may
 * ask of it. Immutable; {@link #defaults()} and the {@code with…} copies give the usual settings.
 *
 * @param bind the address to listen on: {@code 127.0.0.1} (the default) serves this machine only;
 *     {@code 0.0.0.0} serves every network the machine is on
 * @param port the TCP port, in [0, 65535]; 0 picks a free one (default 8080)
 * @param threads worker threads of each fill, in [1, {@link Threads#max()}] (default: the processors
 *     divided among {@code maxJobs} fills, at least 1)
 * @param maxPixels the largest picture accepted, width × height (after any canvas extension), checked
 *     from the file's header before decoding, in [1, {@value #LARGEST_MAX_PIXELS}] (default
 *     {@value #DEFAULT_MAX_PIXELS})
 * @param maxBodyBytes the largest request body, checked before the body is read, in
 *     [{@value #MIN_BODY_BYTES}, {@value #LARGEST_BODY_BYTES}] (default: 4 bytes a pixel of
 *     {@code maxPixels} for the picture and the mask together, plus 1 MiB)
 * @param maxJobs fills that run at once, in [1, 64] (default 1)
 * @param queue fills that wait for a free slot, first come first served, in [0, 1024] (default 4); a
 *     fill beyond them is refused with 503 and a {@code Retry-After}, and a place is held for it then
 * @param maxKeptJobs jobs of the job form ({@code /api/jobs}) kept with their status and result, in [1, 1024]
 *     (default 16); when full, the oldest finished job is dropped, and a new job is refused with 503 if none has
 *     finished
 * @param jobTtl how long a finished job and its result are kept, in [1 s, 7 days] (default 10 minutes)
 * @param allowedHosts further host names (or addresses) the server may be reached by, for the {@code Host} and
 *     {@code Origin} checks; the bound address, and {@code localhost} for a loopback or wildcard address, are
 *     always allowed (default none)
 * @param maxSeconds the budget of one fill, in [1 s, 7 days] (default {@value #DEFAULT_MAX_SECONDS} s): a fill
 *     whose method estimates it longer (at its reference rate) is refused with 422 before it starts, and one
 *     that runs longer is stopped
 * @param idleTimeout a connection with nothing sent either way for this long is closed, in [1 s, 1 hour]
 *     (default 30 s); a fill that runs is not idle
 * @param headerTimeout the time a request's line and headers may take to arrive, in [1 s, 10 minutes]
 *     (default 10 s); also the grace before the upload rate is checked
 * @param minUploadRate the least average rate of a request body, in bytes a second, checked once the body has
 *     taken {@code headerTimeout}, in [0, 1 GiB] (default {@value #DEFAULT_MIN_UPLOAD_RATE}; 0 checks nothing)
 * @param maxConnections connections open at once, in [8, 65536] (default 256); more wait to be accepted
 */
public record ServeConfig(String bind, int port, int threads, long maxPixels, long maxBodyBytes, int maxJobs,
        int queue, int maxKeptJobs, Duration jobTtl, List<String> allowedHosts, Duration maxSeconds,
        Duration idleTimeout, Duration headerTimeout, long minUploadRate, int maxConnections) {

    /** The default pixel limit: 25 megapixels, e.g. a 6000×4000 camera photo. */
    public static final long DEFAULT_MAX_PIXELS = 25_000_000L;
    /** The largest pixel limit: the library's ({@link ReadOptions#LARGEST_MAX_PIXELS}). */
    public static final long LARGEST_MAX_PIXELS = ReadOptions.LARGEST_MAX_PIXELS;
    /** The smallest body limit: room for a tiny picture, its mask and the form's fields. */
    public static final long MIN_BODY_BYTES = 4096;
    /** The largest body limit: 4 GiB. */
    public static final long LARGEST_BODY_BYTES = 1L << 32;
    /** The default port. */
    public static final int DEFAULT_PORT = 8080;
    /** The default budget of a fill, in seconds: five minutes. */
    public static final long DEFAULT_MAX_SECONDS = 300;
    /** The default least upload rate, in bytes a second: 4 KiB/s, a 20 MB photo in 85 minutes. */
    public static final long DEFAULT_MIN_UPLOAD_RATE = 4096;

    /** Checks every field; the message names the field, the range and the value. */
    public ServeConfig {
        Objects.requireNonNull(bind, "bind");
        if (bind.isBlank()) {
            throw new IllegalArgumentException("bind must be an address such as 127.0.0.1, got an empty value");
        }
        requireRange("port", port, 0, 65_535);
        Threads.require("threads", threads);
        requireRange("maxPixels", maxPixels, 1, LARGEST_MAX_PIXELS);
        requireRange("maxBodyBytes", maxBodyBytes, MIN_BODY_BYTES, LARGEST_BODY_BYTES);
        requireRange("maxJobs", maxJobs, 1, 64);
        requireRange("queue", queue, 0, 1024);
        requireRange("maxKeptJobs", maxKeptJobs, 1, 1024);
        requireDuration("jobTtl", jobTtl, Duration.ofSeconds(1), Duration.ofDays(7));
        allowedHosts = List.copyOf(allowedHosts);
        for (String host : allowedHosts) {
            if (host.isBlank() || host.contains("/") || host.contains(" ")) {
                throw new IllegalArgumentException("allowedHosts must hold host names such as myhost.lan, got '"
                        + host + "'");
            }
        }
        requireDuration("maxSeconds", maxSeconds, Duration.ofSeconds(1), Duration.ofDays(7));
        requireDuration("idleTimeout", idleTimeout, Duration.ofSeconds(1), Duration.ofHours(1));
        requireDuration("headerTimeout", headerTimeout, Duration.ofSeconds(1), Duration.ofMinutes(10));
        requireRange("minUploadRate", minUploadRate, 0, 1L << 30);
        requireRange("maxConnections", maxConnections, 8, 65_536);
    }

    private static void requireRange(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be in [" + min + ", " + max + "], got " + value);
        }
    }

    private static void requireDuration(String field, Duration value, Duration min, Duration max) {
        Objects.requireNonNull(value, field);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(field + " must be in [" + seconds(min) + ", " + seconds(max)
                    + "] seconds, got " + seconds(value));
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? Long.toString(d.toSeconds()) : Double.toString(d.toMillis() / 1000.0);
    }

    /**
     * 127.0.0.1:8080, one fill at a time with every processor, four waiting, 25 megapixels at most, five
     * minutes a fill, connections idle for 30 s closed, headers within 10 s, uploads at 4 KiB/s at least.
     */
    public static ServeConfig defaults() {
        return new ServeConfig("127.0.0.1", DEFAULT_PORT, Threads.available(), DEFAULT_MAX_PIXELS,
                bodyFor(DEFAULT_MAX_PIXELS), 1, 4, 16, Duration.ofMinutes(10), List.of(),
                Duration.ofSeconds(DEFAULT_MAX_SECONDS), Duration.ofSeconds(30), Duration.ofSeconds(10),
                DEFAULT_MIN_UPLOAD_RATE, 256);
    }

    /** The default body limit for a pixel limit: 4 bytes a pixel (picture and mask), plus 1 MiB. */
    public static long bodyFor(long maxPixels) {
        return Math.min(LARGEST_BODY_BYTES, 4 * maxPixels + (1 << 20));
    }

    /** A copy listening on another address. */
    public ServeConfig withBind(String bind) {
        return new ServeConfig(bind, port, threads, maxPixels, maxBodyBytes, maxJobs, queue, maxKeptJobs, jobTtl,
                allowedHosts, maxSeconds, idleTimeout, headerTimeout, minUploadRate, maxConnections);
    }

    /** A copy listening on another port (0: any free one). */
    public ServeConfig withPort(int port) {
        return new ServeConfig(bind, port, threads, maxPixels, maxBodyBytes, maxJobs, queue, maxKeptJobs, jobTtl,
                allowedHosts, maxSeconds, idleTimeout, headerTimeout, minUploadRate, maxConnections);
    }

    /** A copy with another thread count per fill. */
    public ServeConfig withThreads(int threads) {
        return new ServeConfig(bind, port, threads, maxPixels, maxBodyBytes, maxJobs, queue, maxKeptJobs, jobTtl,
                allowedHosts, maxSeconds, idleTimeout, headerTimeout, minUploadRate, maxConnections);
    }

    /** A copy with another pixel limit; the body limit is left as it is. */
    public ServeConfig withMaxPixels(long maxPixels) {
        return new ServeConfig(bind, port, threads, maxPixels, maxBodyBytes, maxJobs, queue, maxKeptJobs, jobTtl,
                allowedHosts, maxSeconds, idleTimeout, headerTimeout, minUploadRate, maxConnections);
    }

    /** A copy with another body limit. */
    public ServeConfig withMaxBodyBytes(long maxBodyBytes) {
        return new ServeConfig(bind, port, threads, maxPixels, maxBodyBytes, maxJobs, queue, maxKeptJobs, jobTtl,
                allowedHosts, maxSeconds, idleTimeout, headerTimeout, minUploadRate, maxConnections);
    }

    /** A copy running another number of fills at once. */
    public ServeConfig withMaxJobs(int maxJobs) {
        return new ServeConfig(bind, port, threads, maxPixels, maxBodyBytes, maxJobs, queue, maxKeptJobs, jobTtl,
                allowedHosts, maxSeconds, idleTimeout, headerTimeout, minUploadRate, maxConnections);
    }

    /** A copy with another queue length. */
    public ServeConfig withQueue(int queue) {
        return new ServeConfig(bind, port, threads, maxPixels, maxBodyBytes, maxJobs, queue, maxKeptJobs, jobTtl,
                allowedHosts, maxSeconds, idleTimeout, headerTimeout, minUploadRate, maxConnections);
    }

    /** A copy keeping another number of jobs. */
    public ServeConfig withMaxKeptJobs(int maxKeptJobs) {
        return new ServeConfig(bind, port, threads, maxPixels, maxBodyBytes, maxJobs, queue, maxKeptJobs, jobTtl,
                allowedHosts, maxSeconds, idleTimeout, headerTimeout, minUploadRate, maxConnections);
    }

    /** A copy keeping finished jobs for another time. */
    public ServeConfig withJobTtl(Duration jobTtl) {
        return new ServeConfig(bind, port, threads, maxPixels, maxBodyBytes, maxJobs, queue, maxKeptJobs, jobTtl,
                allowedHosts, maxSeconds, idleTimeout, headerTimeout, minUploadRate, maxConnections);
    }

    /** A copy allowing other host names. */
    public ServeConfig withAllowedHosts(List<String> allowedHosts) {
        return new ServeConfig(bind, port, threads, maxPixels, maxBodyBytes, maxJobs, queue, maxKeptJobs, jobTtl,
                allowedHosts, maxSeconds, idleTimeout, headerTimeout, minUploadRate, maxConnections);
    }

    /** A copy with another budget per fill. */
    public ServeConfig withMaxSeconds(Duration maxSeconds) {
        return new ServeConfig(bind, port, threads, maxPixels, maxBodyBytes, maxJobs, queue, maxKeptJobs, jobTtl,
                allowedHosts, maxSeconds, idleTimeout, headerTimeout, minUploadRate, maxConnections);
    }

    /** A copy with another idle timeout. */
    public ServeConfig withIdleTimeout(Duration idleTimeout) {
        return new ServeConfig(bind, port, threads, maxPixels, maxBodyBytes, maxJobs, queue, maxKeptJobs, jobTtl,
                allowedHosts, maxSeconds, idleTimeout, headerTimeout, minUploadRate, maxConnections);
    }

    /** A copy with another time allowed for a request's headers. */
    public ServeConfig withHeaderTimeout(Duration headerTimeout) {
        return new ServeConfig(bind, port, threads, maxPixels, maxBodyBytes, maxJobs, queue, maxKeptJobs, jobTtl,
                allowedHosts, maxSeconds, idleTimeout, headerTimeout, minUploadRate, maxConnections);
    }

    /** A copy with another minimum upload rate. */
    public ServeConfig withMinUploadRate(long minUploadRate) {
        return new ServeConfig(bind, port, threads, maxPixels, maxBodyBytes, maxJobs, queue, maxKeptJobs, jobTtl,
                allowedHosts, maxSeconds, idleTimeout, headerTimeout, minUploadRate, maxConnections);
    }

    /** A copy accepting another number of connections at once. */
    public ServeConfig withMaxConnections(int maxConnections) {
        return new ServeConfig(bind, port, threads, maxPixels, maxBodyBytes, maxJobs, queue, maxKeptJobs, jobTtl,
                allowedHosts, maxSeconds, idleTimeout, headerTimeout, minUploadRate, maxConnections);
    }
}
