package io.github.inpaint4j.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * A Spark standalone cluster on loopback: a master and workers, each a JVM of its own started from
 * the Spark classes this build resolved (no Spark download), the way {@code sbin/start-master.sh}
 * and {@code sbin/start-worker.sh} start them; jobs go in through {@code SparkSubmit}, in a JVM of
 * its own too, in client mode. The executors are the workers' child JVMs, so everything a real
 * cluster does between JVMs happens: the job's class path shipped with {@code --jars}, tasks and
 * results serialised, executors lost when a worker dies.
 *
 * <p>The "installation" is a folder: {@code conf/} (the logging settings), an empty {@code jars/},
 * and the class path in {@code SPARK_DIST_CLASSPATH}, the variable of Spark's "Hadoop free"
 * builds, which Spark's launcher puts on every JVM it starts (the executors' too). The class path
 * is the file {@code target/spark-distribution.classpath} that the build writes (the system
 * property {@code inpaint4j.spark.distribution} names it): Spark and its dependencies without
 * inpaint4j's jars, which reach the cluster the way an application's do.
 *
 * <p>Also a command, for measurements: {@code LocalStandaloneCluster HOME WORKERS CORES -- SPARK-SUBMIT
 * ARGUMENTS...} starts a cluster in {@code HOME}, submits one job, prints its output, stops the
 * cluster and exits with the job's code (see docs/measure-batch.sh).
 */
final class LocalStandaloneCluster implements AutoCloseable {

    /** How long the master and the workers may take to start (a busy machine needs tens of seconds). */
    static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private static final String LOG_SETTINGS = String.join("\n",
            "rootLogger.level = warn",
            "rootLogger.appenderRef.stderr.ref = console",
            "appender.console.type = Console",
            "appender.console.name = console",
            "appender.console.target = SYSTEM_ERR",
            "appender.console.layout.type = PatternLayout",
            "appender.console.layout.pattern = %d{HH:mm:ss.SSS} %p %c{1}: %m%n%ex",
            // the master's and the workers' registrations, which start() waits for
            "logger.deploy.name = org.apache.spark.deploy",
            "logger.deploy.level = info",
            "");

    private final Path home;
    private final String classPath;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private final String masterUrl;
    private final List<Process> processes = new ArrayList<>();
    private final List<Process> workers = new ArrayList<>();
    private final List<Path> workerLogs = new ArrayList<>();

    private LocalStandaloneCluster(Path home, String distribution, List<String> jvmOptions, int port)
            throws IOException {
        this.home = home;
        this.jvmOptions = jvmOptions;
        Files.createDirectories(home.resolve("jars"));
        Files.createDirectories(home.resolve("conf"));
        Files.writeString(home.resolve("conf/log4j2.properties"), LOG_SETTINGS);
        this.classPath = home.resolve("conf") + java.io.File.pathSeparator + distribution;
        this.environment = Map.of("SPARK_HOME", home.toString(), "SPARK_DIST_CLASSPATH", distribution,
                "SPARK_SCALA_VERSION", "2.13", "SPARK_LOCAL_IP", "127.0.0.1", "SPARK_LOG_DIR",
                home.resolve("logs").toString());
        this.masterUrl = "spark://127.0.0.1:" + port;
    }

    /**
     * Starts a master and {@code workers} workers of {@code cores} cores and 1 GiB each in
     * {@code home}, and waits until every worker has registered with the master.
     *
     * @throws IOException if a JVM cannot start, or the cluster is not up within {@link #START_TIMEOUT}
     */
    static LocalStandaloneCluster start(Path home, int workers, int cores) throws IOException {
        LocalStandaloneCluster cluster = new LocalStandaloneCluster(home, distributionClassPath(), sparkJvmOptions(),
                freePort());
        try {
            cluster.startAll(workers, cores);
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    private void startAll(int workerCount, int cores) throws IOException {
        int port = Integer.parseInt(masterUrl.substring(masterUrl.lastIndexOf(':') + 1));
        processes.add(launch(home.resolve("master.log"), "-Xmx256m", "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", Integer.toString(port), "--webui-port", "0"));
        for (int w = 0; w < workerCount; w++) {
            Path log = home.resolve("worker-" + w + ".log");
            Path work = Files.createDirectories(home.resolve("work-" + w));
            Process worker = launch(log, "-Xmx256m", "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                    "--cores", Integer.toString(cores), "--memory", "1g", "--webui-port", "0", "--work-dir",
                    work.toString(), masterUrl);
            processes.add(worker);
            workers.add(worker);
            workerLogs.add(log);
        }
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        for (int w = 0; w < workerCount; w++) {
            while (!Files.readString(workerLogs.get(w)).contains("Successfully registered with master")) {
                if (!workers.get(w).isAlive() || !processes.get(0).isAlive() || System.nanoTime() > deadline) {
                    throw new IOException("worker " + w + " did not register with the master at " + masterUrl
                            + " within " + START_TIMEOUT + "; its log:\n" + tail(workerLogs.get(w))
                            + "\nthe master's log:\n" + tail(home.resolve("master.log")));
                }
                sleep(200);
            }
        }
    }

    /** The master's URL, {@code spark://127.0.0.1:PORT}. */
    String masterUrl() {
        return masterUrl;
    }

    /** The folder of the installation, the logs and the workers' folders. */
    Path home() {
        return home;
    }

    /** The log of worker {@code w} (its executors write theirs under its work folder). */
    Path workerLog(int w) {
        return workerLogs.get(w);
    }

    /**
     * Submits a job as {@code spark-submit --master URL --deploy-mode client ...} would, in a JVM of
     * its own with Spark's class path only (the application's jars come from {@code arguments}:
     * {@code --jars}, the application jar), bound to loopback, without the web UI, executors of
     * 512 MiB. Its output goes to {@code log}.
     */
    Process submit(Path log, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("org.apache.spark.deploy.SparkSubmit", "--master", masterUrl,
                "--deploy-mode", "client", "--conf", "spark.driver.host=127.0.0.1", "--conf",
                "spark.driver.bindAddress=127.0.0.1", "--conf", "spark.ui.enabled=false", "--conf",
                "spark.executor.memory=512m"));
        command.addAll(arguments);
        Process job = launch(log, "-Xmx512m", command.toArray(String[]::new));
        processes.add(job);
        return job;
    }

    /**
     * Kills worker {@code w} as a machine failure would: its executors and itself, at once and
     * without a chance to clean up.
     */
    void killWorker(int w) throws InterruptedException {
        Process worker = workers.get(w);
        worker.descendants().forEach(ProcessHandle::destroyForcibly);
        worker.destroyForcibly();
        worker.waitFor();
    }

    /** Stops the jobs, the workers with their executors, and the master. */
    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            Process p = processes.get(i);
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        for (Process p : processes) {
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Process launch(Path log, String heap, String... mainAndArguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add(heap);
        command.add("-cp");
        command.add(classPath);
        command.addAll(List.of(mainAndArguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).directory(home.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** The Spark class path the build wrote (see the class comment). */
    static String distributionClassPath() throws IOException {
        String file = System.getProperty("inpaint4j.spark.distribution", "target/spark-distribution.classpath");
        if (!Files.isRegularFile(Path.of(file))) {
            throw new IOException(file + " not found: the build writes it (mvn -pl spark generate-test-resources)");
        }
        return Files.readString(Path.of(file)).trim();
    }

    /**
     * The options that Spark's JVMs need on Java 17 ({@code --add-opens} and two properties), as this
     * JVM was given them (the surefire {@code argLine} of spark/pom.xml, the list spark-submit adds).
     */
    static List<String> sparkJvmOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("-Djdk.reflect.") || a.startsWith("-Dio.netty.")
                        || a.equals("-XX:+IgnoreUnrecognizedVMOptions"))
                .toList();
    }

    /**
     * The jar of the classes {@code type} was loaded from: that jar itself, or, for a folder of
     * classes (a build that has not packaged them yet), a jar of that folder written into
     * {@code folder} under {@code name}.
     */
    static Path jarOf(Class<?> type, Path folder, String name) throws IOException {
        Path location;
        try {
            location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the classes of " + type.getName(), e);
        }
        if (Files.isRegularFile(location)) {
            return location;
        }
        Path jar = Files.createDirectories(folder).resolve(name);
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
                Stream<Path> files = Files.walk(location)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String entry = location.relativize(f).toString().replace(java.io.File.separatorChar, '/');
                if (!entry.equals("META-INF/MANIFEST.MF")) {
                    out.putNextEntry(new JarEntry(entry));
                    Files.copy(f, out);
                    out.closeEntry();
                }
            }
        }
        return jar;
    }

    /** The last lines of a log, for a failure message. */
    static String tail(Path log) {
        try {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of("(no log)");
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the cluster", e);
        }
    }

    /**
     * {@code HOME WORKERS CORES -- SPARK-SUBMIT-ARGUMENTS...}: starts a cluster, runs one job, prints its
     * output and exits with its code. The JVM must have Spark's options ({@link #sparkJvmOptions}) and
     * the system property {@code inpaint4j.spark.distribution}.
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 4 || !args[3].equals("--")) {
            System.err.println("usage: LocalStandaloneCluster HOME WORKERS CORES -- SPARK-SUBMIT-ARGUMENTS...");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int code;
        try (LocalStandaloneCluster cluster = start(home, Integer.parseInt(args[1]), Integer.parseInt(args[2]))) {
            System.err.println("cluster up at " + cluster.masterUrl() + " (" + args[1] + " workers of " + args[2]
                    + " cores)");
            Path log = home.resolve("job.log");
            Process job = cluster.submit(log, List.of(args).subList(4, args.length));
            code = job.waitFor();
            System.out.println(Files.readString(log));
        }
        System.exit(code);
    }
}
