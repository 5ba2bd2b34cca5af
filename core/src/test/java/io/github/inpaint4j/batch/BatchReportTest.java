package io.github.inpaint4j.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchReportTest {

    private static final BatchReport REPORT = new BatchReport(List.of(
            new BatchResult("in/a.png", "m/a.png", BatchStatus.DONE, 1.5, ""),
            new BatchResult("in/b,1.png", "m/b.png", BatchStatus.FAILED, 0.25, "wrong size: \"2×2\""),
            new BatchResult("in/c.png", "m/c.png", BatchStatus.SKIPPED, 0, "output exists"),
            new BatchResult("in/d.png", "", BatchStatus.CANCELLED, 0, "not started: the batch was stopped"),
            new BatchResult("in/e.png", "m/e.png", BatchStatus.DONE, 2.5, "")), 4.0, true);

    @Test
    void countsEachStatus() {
        assertEquals(2, REPORT.count(BatchStatus.DONE));
        assertEquals(1, REPORT.count(BatchStatus.FAILED));
        assertEquals(1, REPORT.count(BatchStatus.SKIPPED));
        assertEquals(1, REPORT.count(BatchStatus.CANCELLED));
        assertFalse(REPORT.succeeded());
    }

    @Test
    void succeedsWhenEveryPictureIsDoneOrSkipped() {
        assertTrue(new BatchReport(List.of(REPORT.results().get(0), REPORT.results().get(2)), 1, false).succeeded());
        assertTrue(new BatchReport(List.of(), 0, false).succeeded());
    }

    @Test
    void theSummaryGivesTheCountsAndTheRateOfFilledPictures() {
        assertEquals("5 pictures: 2 done, 1 skipped, 1 failed, 1 cancelled in 4.0 s (0.50 pictures/s filled);"
                + " stopped: run it again to go on", REPORT.summary());
        assertEquals("1 picture: 0 done, 1 skipped, 0 failed, 0 cancelled in 0.0 s",
                new BatchReport(List.of(REPORT.results().get(2)), 0.01, false).summary());
    }

    @Test
    void theCsvHasARowPerPictureQuotedWhereNeeded() {
        assertEquals("""
                picture,mask,status,seconds,message
                in/a.png,m/a.png,done,1.500,
                "in/b,1.png",m/b.png,failed,0.250,"wrong size: ""2×2\"""
                in/c.png,m/c.png,skipped,0.000,output exists
                in/d.png,,cancelled,0.000,not started: the batch was stopped
                in/e.png,m/e.png,done,2.500,
                """, REPORT.csv());
    }

    @Test
    void writeCsvReplacesAnEarlierReport(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.csv");
        Files.writeString(file, "old");
        REPORT.writeCsv(file);
        assertEquals(REPORT.csv(), Files.readString(file));
    }

    @Test
    void statusLabelsRoundTrip() {
        for (BatchStatus status : BatchStatus.values()) {
            assertEquals(status, BatchStatus.ofLabel(status.label()));
        }
        assertEquals("unknown batch status 'ok' (done, skipped, failed or cancelled)",
                assertThrows(IllegalArgumentException.class, () -> BatchStatus.ofLabel("ok")).getMessage());
    }
}
