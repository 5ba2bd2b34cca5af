package io.github.inpaint4j.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The job form and the bounds on load: a fill that waits on the test ({@link GateInpainter}) makes
 * every state and every refusal happen when the test says, not when a timer does.
 */
class JobsApiTest {

    private final GateInpainter gate = new GateInpainter();
    private final TestClock clock = new TestClock();
    private InpaintServer server;
    private Api api;

    private void start(ServeConfig config) throws IOException {
        ServedMethods methods = ServedMethods.fromRegistry(1, Map.of("gan", Map.of()))
                .withLoaded(GateInpainter.DESCRIPTION, gate);
        server = InpaintServer.start(config.withPort(0).withThreads(1), methods, clock);
        api = new Api(server);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** A clock the test moves by hand. */
    static final class TestClock extends Clock {
        private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /** Polls a job until it is done, failed or cancelled. */
    static JsonObject awaitEnd(Api api, String id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject job = Api.json(api.get("/api/jobs/" + id));
            String state = job.get("state").getAsString();
            if (state.equals("done") || state.equals("failed") || state.equals("cancelled")) {
                return job;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("job " + id + " did not end");
    }

    private String submit(String method) {
        HttpResponse<byte[]> answer = api.post("/api/jobs", Api.fill(method));
        assertEquals(202, answer.statusCode(), () -> new String(answer.body()));
        JsonObject job = Api.json(answer);
        assertEquals("/api/jobs/" + job.get("id").getAsString(), answer.headers().firstValue("Location").orElseThrow());
        return job.get("id").getAsString();
    }

    private String state(String id) {
        return Api.json(api.get("/api/jobs/" + id)).get("state").getAsString();
    }

    /** Waits (bounded) until a job is in a state, for the states a worker thread moves it to. */
    private void awaitState(String id, String expected) throws InterruptedException {
        for (int i = 0; i < 6000 && !state(id).equals(expected); i++) {
            Thread.sleep(5);
        }
        assertEquals(expected, state(id));
    }

    @Test
    void aJobRunsReportsProgressAndHandsOutItsResultUntilRemoved() throws Exception {
        start(ServeConfig.defaults());
        String id = submit("gate");
        gate.awaitEntered();
        JsonObject running = Api.json(api.get("/api/jobs/" + id));
        assertEquals("running", running.get("state").getAsString());
        assertEquals(0.5, running.get("progress").getAsDouble());
        assertEquals(TestPictures.WIDTH, running.get("width").getAsInt());
        assertTrue(Api.error(api.get("/api/jobs/" + id + "/result"), 409).contains("it is running"));
        gate.release(1);
        JsonObject done = awaitEnd(api, id);
        assertEquals("done", done.get("state").getAsString());
        assertEquals(1.0, done.get("progress").getAsDouble());
        assertEquals("/api/jobs/" + id + "/result", done.get("result").getAsString());
        HttpResponse<byte[]> result = api.get(done.get("result").getAsString());
        assertEquals(200, result.statusCode());
        // the gate paints the hole black: the result is the fill's own
        assertEquals(0xff000000, TestPictures.decode(result.body()).getRGB(TestPictures.HOLE.x(), TestPictures.HOLE.y()));
        assertEquals(200, api.delete("/api/jobs/" + id).statusCode());
        assertTrue(Api.error(api.get("/api/jobs/" + id), 404).contains("no job " + id));
        assertEquals(0, server.jobs().keptCount());
    }

    @Test
    void aRealMethodRunsAsAJob() throws IOException {
        start(ServeConfig.defaults());
        JsonObject done = awaitEnd(api, submit("telea"));
        assertEquals("done", done.get("state").getAsString(), done.toString());
        assertEquals(TestPictures.WIDTH, TestPictures.decode(api.get(done.get("result").getAsString()).body()).getWidth());
    }

    @Test
    void fillsBeyondTheSlotsWaitThenFillsBeyondTheQueueAreRefusedAndNoneIsLost() throws Exception {
        start(ServeConfig.defaults().withMaxJobs(1).withQueue(1));
        String first = submit("gate");
        gate.awaitEntered();
        String second = submit("gate");
        assertEquals("queued", state(second));
        HttpResponse<byte[]> busy = api.post("/api/jobs", Api.fill("gate"));
        assertEquals("busy: 1 fills are running and 1 waiting (at most 1 run at once and 1 wait); try again in 1 s",
                Api.error(busy, 503));
        assertEquals("1", busy.headers().firstValue("Retry-After").orElseThrow(), "no fill has ended: 1 s a fill");
        assertTrue(Api.error(api.post("/api/inpaint", Api.fill("telea")), 503).startsWith("busy: "));
        gate.release(2);
        assertEquals("done", awaitEnd(api, first).get("state").getAsString());
        assertEquals("done", awaitEnd(api, second).get("state").getAsString());
        assertEquals(2, gate.entered(), "the refused fills never ran");
        assertFalse(gate.closed(), "a loaded method stays open while the server runs");
    }

    /** Fills wait in line and start in the order they came, whichever form sent them. */
    @Test
    void fillsStartInTheOrderTheyCame() throws Exception {
        start(ServeConfig.defaults().withMaxJobs(1).withQueue(3));
        String first = submit("gate");
        gate.awaitEntered();
        String second = submit("gate");
        ExecutorService client = Executors.newSingleThreadExecutor();
        try {
            Future<HttpResponse<byte[]>> third = client.submit(() -> api.post("/api/inpaint", Api.fill("gate")));
            while (server.jobs().load()[1] < 2) {
                Thread.sleep(5);
            }
            String fourth = submit("gate");
            assertEquals(List.of("running", "queued", "queued"), List.of(state(first), state(second), state(fourth)));
            gate.release(1);
            awaitState(second, "running");
            assertEquals("queued", state(fourth));
            gate.release(2); // the second, then the third
            assertEquals(200, third.get().statusCode(), "the third, answered at once, ran before the fourth");
            awaitState(fourth, "running");
            gate.release(1);
            assertEquals("done", awaitEnd(api, fourth).get("state").getAsString());
        } finally {
            client.shutdownNow();
        }
    }

    @Test
    void aFillThatRunsPastTheBudgetIsStoppedWith422() throws Exception {
        start(ServeConfig.defaults().withMaxSeconds(Duration.ofSeconds(1)));
        String id = submit("gate");
        JsonObject failed = awaitEnd(api, id);
        assertEquals("failed", failed.get("state").getAsString());
        assertEquals(422, failed.get("status").getAsInt());
        assertTrue(failed.get("error").getAsString().startsWith("the fill ran past this server's budget of 1 s"
                + " (--max-seconds) and was stopped"), failed.toString());
        String answered = Api.error(api.post("/api/inpaint", Api.fill("gate")), 422);
        assertTrue(answered.contains("budget of 1 s"), answered);
    }

    @Test
    void concurrentFillsAnsweredAtOnceAreAllServedInTurn() throws Exception {
        start(ServeConfig.defaults().withMaxJobs(1).withQueue(8));
        int requests = 6;
        ExecutorService clients = Executors.newFixedThreadPool(requests);
        try {
            List<Future<HttpResponse<byte[]>>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(clients.submit(() -> api.post("/api/inpaint", Api.fill("gate"))));
            }
            gate.awaitEntered();
            gate.release(requests);
            for (Future<HttpResponse<byte[]>> answer : answers) {
                assertEquals(200, answer.get().statusCode());
                assertEquals(TestPictures.WIDTH, TestPictures.decode(answer.get().body()).getWidth());
            }
        } finally {
            clients.shutdownNow();
        }
        assertEquals(requests, gate.entered());
    }

    @Test
    void tooManyConcurrentFillsGet503AndTheRestAreServed() throws Exception {
        start(ServeConfig.defaults().withMaxJobs(1).withQueue(0));
        String running = submit("gate");
        gate.awaitEntered();
        int requests = 5;
        ExecutorService clients = Executors.newFixedThreadPool(requests);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<HttpResponse<byte[]>>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(clients.submit(() -> api.post("/api/inpaint", Api.fill("gate"))));
            }
            for (Future<HttpResponse<byte[]>> answer : answers) {
                statuses.add(answer.get().statusCode());
            }
        } finally {
            clients.shutdownNow();
        }
        assertEquals(List.of(503, 503, 503, 503, 503), statuses, "no slot and no queue: each is refused, none lost");
        gate.release(1);
        assertEquals("done", awaitEnd(api, running).get("state").getAsString());
        clock.advance(Duration.ofMinutes(1)); // the refused requests did not come back: their places are free
        HttpResponse<byte[]> after = api.post("/api/inpaint", Api.fill("telea"));
        assertEquals(200, after.statusCode(), "the server serves again once the slot is free");
    }

    @Test
    void cancelsARunningJobAndAWaitingOne() throws Exception {
        start(ServeConfig.defaults().withMaxJobs(1).withQueue(2));
        String running = submit("gate");
        gate.awaitEntered();
        String waiting = submit("gate");
        JsonObject cancelledWaiting = Api.json(api.delete("/api/jobs/" + waiting));
        assertEquals("cancelled", cancelledWaiting.get("state").getAsString(), "a waiting job is cancelled at once");
        JsonObject cancelling = Api.json(api.delete("/api/jobs/" + running));
        assertTrue(List.of("cancelling", "cancelled").contains(cancelling.get("state").getAsString()), cancelling.toString());
        assertEquals("cancelled", awaitEnd(api, running).get("state").getAsString());
        assertTrue(Api.error(api.get("/api/jobs/" + running + "/result"), 409).contains("cancelled"));
        // the slot and the queue place are free again: a new job runs, and the cancelled waiting one never did
        String next = submit("gate");
        awaitState(next, "running");
        gate.release(1);
        assertEquals("done", awaitEnd(api, next).get("state").getAsString());
        assertEquals(2, gate.entered());
    }

    @Test
    void finishedJobsExpireWithTheirResults() throws Exception {
        start(ServeConfig.defaults().withJobTtl(Duration.ofMinutes(10)));
        String id = submit("telea");
        assertEquals("done", awaitEnd(api, id).get("state").getAsString());
        Path result = server.jobs().find(id).orElseThrow().result();
        assertTrue(Files.exists(result));
        clock.advance(Duration.ofMinutes(9));
        assertEquals(200, api.get("/api/jobs/" + id + "/result").statusCode());
        clock.advance(Duration.ofMinutes(1));
        assertTrue(Api.error(api.get("/api/jobs/" + id), 404).contains("it may have expired"));
        assertTrue(Files.notExists(result), "the result is removed with the job");
    }

    @Test
    void keepsAtMostMaxKeptJobsDroppingTheOldestFinished() throws Exception {
        start(ServeConfig.defaults().withMaxKeptJobs(1).withQueue(2));
        String first = submit("gate");
        gate.awaitEntered();
        HttpResponse<byte[]> full = api.post("/api/jobs", Api.fill("gate"));
        assertEquals("busy: 1 jobs are kept and none has finished (the server keeps at most 1); try again in 1 s",
                Api.error(full, 503));
        assertTrue(full.headers().firstValue("Retry-After").isPresent());
        gate.release(1);
        awaitEnd(api, first);
        String second = submit("telea");
        assertEquals(404, api.get("/api/jobs/" + first).statusCode(), "the oldest finished job made room");
        assertEquals("done", awaitEnd(api, second).get("state").getAsString());
    }

    @Test
    void closingTheServerCancelsItsFillsAndRemovesItsFiles() throws Exception {
        start(ServeConfig.defaults());
        String id = submit("gate");
        gate.awaitEntered();
        Job job = server.jobs().find(id).orElseThrow();
        Path folder = job.result().getParent();
        assertTrue(Files.isDirectory(folder));
        server.close();
        server = null;
        assertTrue(job.state() == Job.State.CANCELLED || job.state() == Job.State.CANCELLING, job.state().toString());
        assertTrue(Files.notExists(folder.getParent()), "the server's temporary folder is gone");
        assertTrue(gate.closed(), "the loaded method is closed with the server");
    }
}
