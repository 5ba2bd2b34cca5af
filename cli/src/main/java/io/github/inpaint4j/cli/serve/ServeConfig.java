package io.github.inpaint4j.cli.serve;

import io.github.inpaint4j.Threads;
import io.github.inpaint4j.io.ReadOptions;
import io.github.inpaint4j.settings.Setting;
import io.github.inpaint4j.settings.SettingValues;
import io.github.inpaint4j.settings.Settings;
import java.time.Duration;
import java.util.List;

/**
 * The settings of an {@link InpaintServer}: where it listens and every bound on what requests may
 * ask of it. Immutable; {@link #defaults()}, {@link #builder()} and the {@code with…} copies give the
 * usual settings. Each field is a {@link Setting} declared below (its public name, as
 * {@code inpaint serve} spells it, its default, range and help): the compact constructor checks the
 * fields against them, and {@code inpaint serve} builds its options from them ({@link #SETTINGS}).
 *
 * @param bind the address to listen on: {@code 127.0.0.1} (the default) serves this machine only;
 *     {@code 0.0.0.0} serves every network the machine is on
 * @param port the TCP port, in [0, 65535]; 0 picks a free one (default 8080)
 * @param threads worker threads of each fill, in [1, {@link Threads#max()}] (default: the processors
 *     divided among {@code maxJobs} fills, at least 1)
 * @param maxPixels the largest picture accepted, width × height, checked from the file's header
 *     before decoding, in [1, {@value #LARGEST_MAX_PIXELS}] (default {@value #DEFAULT_MAX_PIXELS})
 * @param maxBody the largest request body in bytes, checked before the body is read, in
 *     [{@value #MIN_BODY_BYTES}, {@value #LARGEST_BODY_BYTES}] (default: 4 bytes a pixel of
 *     {@code maxPixels} for the picture and the mask together, plus 1 MiB)
 * @param maxJobs fills that run at once, in [1, 64] (default 1)
 * @param queue fills that wait for a free slot, first come first served, in [0, 1024] (default 16: a waiting fill
 *     holds only its uploads on disk); a fill beyond them is refused with 503 and a {@code Retry-After}
 * @param maxKeptJobs jobs of the job form ({@code /api/jobs}) kept with their status and result, in [1, 1024]
 *     (default 16); when full, the oldest finished job is dropped, and a new job is refused with 503 if none has
 *     finished
 * @param jobTtl how long a finished job and its result are kept, in [1 s, 7 days] (default 10 minutes)
 * @param allowHosts further host names (or addresses) the server may be reached by, for the {@code Host} and
 *     {@code Origin} checks; the bound address, and {@code localhost} for a loopback or wildcard address, are
 *     always allowed (default none)
 * @param maxSeconds the budget of one fill, in [1 s, 7 days] (default {@value #DEFAULT_MAX_SECONDS} s): a fill
 *     whose method estimates it longer (at its reference rate) is refused with 422 before it starts, and one
 *     that runs longer is stopped (since 0.2.0)
 * @param idleTimeout a connection with nothing sent either way for this long is closed, in [1 s, 1 hour]
 *     (default 30 s); a fill that runs is not idle (since 0.2.0)
 * @param headerTimeout the time a request's line and headers may take to arrive, in [1 s, 10 minutes]
 *     (default 10 s); also the grace before the upload rate is checked (since 0.2.0)
 * @param minUploadRate the least average rate of a request body, in bytes a second, checked once the body has
 *     taken {@code headerTimeout}, in [0, 1 GiB] (default {@value #DEFAULT_MIN_UPLOAD_RATE}; 0 checks nothing)
 *     (since 0.2.0)
 * @param maxConnections connections open at once, in [8, 65536] (default 256); more wait to be accepted
 *     (since 0.2.0)
 */
public record ServeConfig(String bind, int port, int threads, long maxPixels, long maxBody, int maxJobs,
        int queue, int maxKeptJobs, Duration jobTtl, List<String> allowHosts, Duration maxSeconds,
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

    /** The {@code bind} setting. */
    public static final Setting<String> BIND = Setting.text("bind", "127.0.0.1")
            .matching("\\S+", "an address such as 127.0.0.1").label("ADDRESS")
            .help("address to listen on: this machine only by default; 0.0.0.0 for every network (anyone who"
                    + " reaches it can use it)");
    /** The {@code port} setting. */
    public static final Setting<Integer> PORT = Setting.integer("port", DEFAULT_PORT).range(0, 65_535)
            .help("TCP port; 0 picks a free one");
    /** The {@code threads} setting; without it, the cores divided among the {@code max-jobs} fills. */
    public static final Setting<Integer> THREADS = Setting.threads("worker threads of each fill (default: the cores"
            + " divided among --max-jobs fills)").withDefault(null);
    /** The {@code max-pixels} setting. */
    public static final Setting<Long> MAX_PIXELS = Setting.longInteger("max-pixels", DEFAULT_MAX_PIXELS)
            .range(1, LARGEST_MAX_PIXELS).help("largest picture accepted, width × height, checked before decoding");
    /** The {@code max-body} setting; without it, 4 bytes a pixel of {@code max-pixels}, plus 1 MiB. */
    public static final Setting<Long> MAX_BODY = Setting.bytes("max-body", null).range(MIN_BODY_BYTES,
            LARGEST_BODY_BYTES).label("SIZE").help("largest request body, in bytes or with a K, M or G suffix (default:"
                    + " 4 bytes a pixel of --max-pixels, plus 1M)");
    /** The {@code max-jobs} setting. */
    public static final Setting<Integer> MAX_JOBS = Setting.integer("max-jobs", 1).range(1, 64)
            .help("fills that run at once");
    /** The {@code queue} setting. */
    public static final Setting<Integer> QUEUE = Setting.integer("queue", 16).range(0, 1024)
            .help("fills that wait for a free slot, first come first served; more are refused with 503 and a"
                    + " Retry-After");
    /** The {@code max-kept-jobs} setting. */
    public static final Setting<Integer> MAX_KEPT_JOBS = Setting.integer("max-kept-jobs", 16).range(1, 1024)
            .help("jobs kept with their results for /api/jobs");
    /** The {@code job-ttl} setting. */
    public static final Setting<Duration> JOB_TTL = Setting.seconds("job-ttl", Duration.ofMinutes(10))
            .range(1, Duration.ofDays(7).toSeconds()).label("SECONDS")
            .help("how long a finished job's result is kept, in seconds");
    /** The {@code allow-host} setting, one host name each time it is given. */
    public static final Setting<List<String>> ALLOW_HOST = Setting.list("allow-host", Setting.text("allow-host", null)
            .matching("[^/\\s]+", "a host name such as myhost.lan").label("NAME"), List.of())
            .help("another host name the server is reached by (the Host and Origin checks); repeatable");

    /** The {@code max-seconds} setting. */
    public static final Setting<Duration> MAX_SECONDS = Setting.seconds("max-seconds",
            Duration.ofSeconds(DEFAULT_MAX_SECONDS)).range(1, Duration.ofDays(7).toSeconds()).label("SECONDS")
            .help("budget of one fill, in seconds: refused (422) if its method estimates it longer at the reference"
                    + " rate, stopped if it runs longer");
    /** The {@code idle-timeout} setting. */
    public static final Setting<Duration> IDLE_TIMEOUT = Setting.seconds("idle-timeout", Duration.ofSeconds(30))
            .range(1, 3600).label("SECONDS").help("close a connection that sends and receives nothing for this long");
    /** The {@code header-timeout} setting. */
    public static final Setting<Duration> HEADER_TIMEOUT = Setting.seconds("header-timeout", Duration.ofSeconds(10))
            .range(1, 600).label("SECONDS").help("time a request's line and headers may take to arrive; also the grace"
                    + " before --min-upload-rate is checked");
    /** The {@code min-upload-rate} setting. */
    public static final Setting<Long> MIN_UPLOAD_RATE = Setting.bytes("min-upload-rate", DEFAULT_MIN_UPLOAD_RATE)
            .range(0, 1L << 30).label("SIZE").help("least average rate of a request body, in bytes a second (or with"
                    + " a K or M suffix), checked after --header-timeout; 0 checks none");
    /** The {@code max-connections} setting. */
    public static final Setting<Integer> MAX_CONNECTIONS = Setting.integer("max-connections", 256).range(8, 65_536)
            .help("connections open at once; more wait to be accepted");

    /** The settings, in the order {@code inpaint serve --help} shows them. */
    public static final Settings SETTINGS = Settings.of(PORT, BIND, THREADS, MAX_PIXELS, MAX_BODY, MAX_JOBS, QUEUE,
            MAX_KEPT_JOBS, JOB_TTL, ALLOW_HOST, MAX_SECONDS, IDLE_TIMEOUT, HEADER_TIMEOUT, MIN_UPLOAD_RATE,
            MAX_CONNECTIONS);

    /** Checks every field against its setting; the message names the setting, the range and the value. */
    public ServeConfig {
        BIND.check(bind);
        PORT.check(port);
        THREADS.check(threads);
        MAX_PIXELS.check(maxPixels);
        MAX_BODY.check(maxBody);
        MAX_JOBS.check(maxJobs);
        QUEUE.check(queue);
        MAX_KEPT_JOBS.check(maxKeptJobs);
        JOB_TTL.check(jobTtl);
        allowHosts = ALLOW_HOST.check(List.copyOf(allowHosts));
        MAX_SECONDS.check(maxSeconds);
        IDLE_TIMEOUT.check(idleTimeout);
        HEADER_TIMEOUT.check(headerTimeout);
        MIN_UPLOAD_RATE.check(minUploadRate);
        MAX_CONNECTIONS.check(maxConnections);
    }

    /**
     * 127.0.0.1:8080, one fill at a time with every processor, sixteen waiting, 25 megapixels at most, five
     * minutes a fill, connections idle for 30 s closed, headers within 10 s, uploads at 4 KiB/s at least.
     */
    public static ServeConfig defaults() {
        return builder().build();
    }

    /** A builder at the {@linkplain #defaults() defaults}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The configuration that {@code values} give: each setting given, the others at their defaults.
     *
     * @throws io.github.inpaint4j.settings.SettingException if a value is not allowed
     */
    public static ServeConfig of(SettingValues values) {
        Builder builder = builder().bind(values.get(BIND)).port(values.get(PORT)).maxPixels(values.get(MAX_PIXELS))
                .maxJobs(values.get(MAX_JOBS)).queue(values.get(QUEUE)).maxKeptJobs(values.get(MAX_KEPT_JOBS))
                .jobTtl(values.get(JOB_TTL)).allowHosts(values.get(ALLOW_HOST)).maxSeconds(values.get(MAX_SECONDS))
                .idleTimeout(values.get(IDLE_TIMEOUT)).headerTimeout(values.get(HEADER_TIMEOUT))
                .minUploadRate(values.get(MIN_UPLOAD_RATE)).maxConnections(values.get(MAX_CONNECTIONS));
        values.find(THREADS).ifPresent(builder::threads);
        values.find(MAX_BODY).ifPresent(builder::maxBody);
        return builder.build();
    }

    /** A builder holding this configuration's values. */
    public Builder toBuilder() {
        return new Builder().bind(bind).port(port).threads(threads).maxPixels(maxPixels).maxBody(maxBody)
                .maxJobs(maxJobs).queue(queue).maxKeptJobs(maxKeptJobs).jobTtl(jobTtl).allowHosts(allowHosts)
                .maxSeconds(maxSeconds).idleTimeout(idleTimeout).headerTimeout(headerTimeout)
                .minUploadRate(minUploadRate).maxConnections(maxConnections);
    }

    /** The default body limit for a pixel limit: 4 bytes a pixel (picture and mask), plus 1 MiB. */
    public static long bodyFor(long maxPixels) {
        return Math.min(LARGEST_BODY_BYTES, 4 * maxPixels + (1 << 20));
    }

    /** A copy listening on another address. */
    public ServeConfig withBind(String bind) {
        return toBuilder().bind(bind).build();
    }

    /** A copy listening on another port (0: any free one). */
    public ServeConfig withPort(int port) {
        return toBuilder().port(port).build();
    }

    /** A copy with another thread count per fill. */
    public ServeConfig withThreads(int threads) {
        return toBuilder().threads(threads).build();
    }

    /** A copy with another pixel limit; the body limit is left as it is. */
    public ServeConfig withMaxPixels(long maxPixels) {
        return toBuilder().maxPixels(maxPixels).build();
    }

    /** A copy with another body limit, in bytes. */
    public ServeConfig withMaxBody(long maxBody) {
        return toBuilder().maxBody(maxBody).build();
    }

    /** A copy running another number of fills at once. */
    public ServeConfig withMaxJobs(int maxJobs) {
        return toBuilder().maxJobs(maxJobs).build();
    }

    /** A copy with another queue length. */
    public ServeConfig withQueue(int queue) {
        return toBuilder().queue(queue).build();
    }

    /** A copy keeping another number of jobs. */
    public ServeConfig withMaxKeptJobs(int maxKeptJobs) {
        return toBuilder().maxKeptJobs(maxKeptJobs).build();
    }

    /** A copy keeping finished jobs for another time. */
    public ServeConfig withJobTtl(Duration jobTtl) {
        return toBuilder().jobTtl(jobTtl).build();
    }

    /** A copy allowing other host names. */
    public ServeConfig withAllowHosts(List<String> allowHosts) {
        return toBuilder().allowHosts(allowHosts).build();
    }

    /** A copy with another budget per fill. */
    public ServeConfig withMaxSeconds(Duration maxSeconds) {
        return toBuilder().maxSeconds(maxSeconds).build();
    }

    /** A copy with another idle timeout. */
    public ServeConfig withIdleTimeout(Duration idleTimeout) {
        return toBuilder().idleTimeout(idleTimeout).build();
    }

    /** A copy with another time allowed for a request's headers. */
    public ServeConfig withHeaderTimeout(Duration headerTimeout) {
        return toBuilder().headerTimeout(headerTimeout).build();
    }

    /** A copy with another least upload rate, in bytes a second. */
    public ServeConfig withMinUploadRate(long minUploadRate) {
        return toBuilder().minUploadRate(minUploadRate).build();
    }

    /** A copy accepting another number of connections at once. */
    public ServeConfig withMaxConnections(int maxConnections) {
        return toBuilder().maxConnections(maxConnections).build();
    }

    /**
     * Builds a {@link ServeConfig}: starts at the defaults; a thread count or body limit not set is
     * derived when it is built (the processors divided among {@code maxJobs}; 4 bytes a pixel of
     * {@code maxPixels}, plus 1 MiB).
     *
     * @since 0.2.0
     */
    public static final class Builder {
        private String bind = BIND.defaultValue().orElseThrow();
        private int port = PORT.defaultValue().orElseThrow();
        private Integer threads;
        private long maxPixels = MAX_PIXELS.defaultValue().orElseThrow();
        private Long maxBody;
        private int maxJobs = MAX_JOBS.defaultValue().orElseThrow();
        private int queue = QUEUE.defaultValue().orElseThrow();
        private int maxKeptJobs = MAX_KEPT_JOBS.defaultValue().orElseThrow();
        private Duration jobTtl = JOB_TTL.defaultValue().orElseThrow();
        private List<String> allowHosts = ALLOW_HOST.defaultValue().orElseThrow();
        private Duration maxSeconds = MAX_SECONDS.defaultValue().orElseThrow();
        private Duration idleTimeout = IDLE_TIMEOUT.defaultValue().orElseThrow();
        private Duration headerTimeout = HEADER_TIMEOUT.defaultValue().orElseThrow();
        private long minUploadRate = MIN_UPLOAD_RATE.defaultValue().orElseThrow();
        private int maxConnections = MAX_CONNECTIONS.defaultValue().orElseThrow();

        private Builder() {
        }

        /** The address listened on ({@link #BIND}). */
        public Builder bind(String value) {
            bind = value;
            return this;
        }

        /** The port ({@link #PORT}). */
        public Builder port(int value) {
            port = value;
            return this;
        }

        /** Worker threads of each fill ({@link #THREADS}). */
        public Builder threads(int value) {
            threads = value;
            return this;
        }

        /** The pixel limit ({@link #MAX_PIXELS}). */
        public Builder maxPixels(long value) {
            maxPixels = value;
            return this;
        }

        /** The body limit in bytes ({@link #MAX_BODY}). */
        public Builder maxBody(long value) {
            maxBody = value;
            return this;
        }

        /** Fills at once ({@link #MAX_JOBS}). */
        public Builder maxJobs(int value) {
            maxJobs = value;
            return this;
        }

        /** Fills waiting ({@link #QUEUE}). */
        public Builder queue(int value) {
            queue = value;
            return this;
        }

        /** Jobs kept ({@link #MAX_KEPT_JOBS}). */
        public Builder maxKeptJobs(int value) {
            maxKeptJobs = value;
            return this;
        }

        /** How long finished jobs are kept ({@link #JOB_TTL}). */
        public Builder jobTtl(Duration value) {
            jobTtl = value;
            return this;
        }

        /** Further host names ({@link #ALLOW_HOST}). */
        public Builder allowHosts(List<String> value) {
            allowHosts = value;
            return this;
        }

        /** The budget of a fill ({@link #MAX_SECONDS}). */
        public Builder maxSeconds(Duration value) {
            maxSeconds = value;
            return this;
        }

        /** The idle timeout of a connection ({@link #IDLE_TIMEOUT}). */
        public Builder idleTimeout(Duration value) {
            idleTimeout = value;
            return this;
        }

        /** The time a request's headers may take ({@link #HEADER_TIMEOUT}). */
        public Builder headerTimeout(Duration value) {
            headerTimeout = value;
            return this;
        }

        /** The least upload rate in bytes a second ({@link #MIN_UPLOAD_RATE}). */
        public Builder minUploadRate(long value) {
            minUploadRate = value;
            return this;
        }

        /** Connections open at once ({@link #MAX_CONNECTIONS}). */
        public Builder maxConnections(int value) {
            maxConnections = value;
            return this;
        }

        /**
         * The configuration.
         *
         * @throws io.github.inpaint4j.settings.SettingException naming the setting, its range and the value
         */
        public ServeConfig build() {
            int fillThreads = threads != null ? threads : Math.max(1, Threads.available() / Math.max(1, maxJobs));
            long body = maxBody != null ? maxBody : bodyFor(maxPixels);
            return new ServeConfig(bind, port, fillThreads, maxPixels, body, maxJobs, queue, maxKeptJobs, jobTtl,
                    allowHosts, maxSeconds, idleTimeout, headerTimeout, minUploadRate, maxConnections);
        }
    }
}
