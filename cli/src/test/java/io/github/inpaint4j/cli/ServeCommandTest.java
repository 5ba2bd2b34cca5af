package io.github.inpaint4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ServeCommandTest {

    @Test
    void refusesLimitsOutOfRangeNamingTheOption() {
        CliRun run = CliRun.of("serve", "--max-jobs", "0");
        assertEquals(InpaintCommand.USAGE, run.exitCode());
        assertTrue(run.err().contains("--max-jobs must be in [1, 64], got 0"), run.err());
        CliRun pixels = CliRun.of("serve", "--max-pixels", "-5");
        assertEquals(InpaintCommand.USAGE, pixels.exitCode());
        assertTrue(pixels.err().contains("--max-pixels must be in [1, "), pixels.err());
        CliRun port = CliRun.of("serve", "--port", "70000");
        assertTrue(port.err().contains("--port must be in [0, 65535], got 70000"), port.err());
    }

    @Test
    void aMissingCheckpointIsAnErrorNotASilentlyMissingMethod() {
        CliRun run = CliRun.of("serve", "--port", "0", "--checkpoint", "/no/such/checkpoint");
        assertEquals(InpaintCommand.FAILURE, run.exitCode());
        assertTrue(run.err().contains("/no/such/checkpoint"), run.err());
        assertEquals(1, run.errLines(), run.err());
    }

    @Test
    void printsTheAddressServesAndStopsWhenInterrupted() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serve = new Thread(() -> exit.set(InpaintCommand.execute(new String[] {"serve", "--port", "0",
            "--max-jobs", "2", "--queue", "3"}, new PrintWriter(out, true), new PrintWriter(err, true))));
        serve.start();
        Matcher url = Pattern.compile("open (http://127\\.0\\.0\\.1:\\d+/) in a browser").matcher("");
        for (int i = 0; i < 3000 && !url.reset(out.toString()).find(); i++) {
            Thread.sleep(10);
        }
        assertTrue(url.reset(out.toString()).find(), out + " / " + err);
        assertTrue(out.toString().contains("methods: criminisi"), out.toString());
        HttpResponse<String> methods = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url.group(1) + "api/methods")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, methods.statusCode());
        assertTrue(methods.body().contains("\"maxJobs\":2,\"queue\":3"), methods.body());
        serve.interrupt();
        serve.join(30_000);
        assertEquals(0, exit.get(), err.toString());
    }
}
