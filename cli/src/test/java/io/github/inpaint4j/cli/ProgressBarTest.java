package io.github.inpaint4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void nonInteractiveStreamGetsALinePerTenPercent() {
        StringWriter text = new StringWriter();
        try (ProgressBar bar = new ProgressBar(new PrintWriter(text, true), "telea", false, 0)) {
            for (int i = 0; i <= 100; i++) {
                bar.onProgress(i / 100.0);
            }
        }
        assertEquals(11, text.toString().lines().count(), text.toString());
        assertTrue(text.toString().lines().allMatch(l -> l.startsWith("telea ")));
    }

    /**
     * A log gets a line at least every 30 s with the fraction, the time elapsed and the time left,
     * from the work's reports or, between them, from the timer's ticks.
     */
    @Test
    void nonInteractiveStreamGetsALineAtLeastEveryThirtySeconds() {
        StringWriter text = new StringWriter();
        long[] now = {0};
        try (ProgressBar bar = new ProgressBar(new PrintWriter(text, true), "efros-leung", false, 0, () -> now[0])) {
            bar.onProgress(0);
            now[0] = seconds(29.9);
            bar.tick();
            bar.onProgress(0.01); // neither a new tenth nor 30 s since the last line
            now[0] = seconds(30);
            bar.tick();
            now[0] = seconds(45);
            bar.onProgress(0.02);
            bar.tick();
            now[0] = seconds(60);
            bar.onProgress(0.05);
            now[0] = seconds(70);
            bar.tick();
            now[0] = seconds(90);
            bar.tick();
            now[0] = seconds(100);
            bar.onProgress(0.125); // a new tenth: at once
        }
        assertEquals(List.of("efros-leung 0%  0.0 s", "efros-leung 1%  30.0 s, about 50 min left",
                "efros-leung 5%  60.0 s, about 19 min left", "efros-leung 5%  90.0 s, about 29 min left",
                "efros-leung 12%  2 min, about 12 min left"), text.toString().lines().toList());
    }

    /** Ticks before the first report, or after the end, print nothing. */
    @Test
    void ticksRepeatOnlyAReportMade() {
        StringWriter text = new StringWriter();
        long[] now = {0};
        ProgressBar bar = new ProgressBar(new PrintWriter(text, true), "criminisi", false, 0, () -> now[0]);
        now[0] = seconds(40);
        bar.tick();
        assertEquals("", text.toString());
        bar.onProgress(1.0);
        bar.close();
        now[0] = seconds(100);
        bar.tick();
        assertEquals(List.of("criminisi 100%  40.0 s"), text.toString().lines().toList());
    }

    /** On a console the bar shows the time left too, and a tick redraws it with the time moved on. */
    @Test
    void interactiveBarShowsTheTimeLeftAndMovesWithTheTicks() {
        StringWriter text = new StringWriter();
        long[] now = {0};
        try (ProgressBar bar = new ProgressBar(new PrintWriter(text, true), "criminisi", true, 0, () -> now[0])) {
            now[0] = seconds(10);
            bar.onProgress(0.25);
            now[0] = seconds(10.5);
            bar.tick(); // within a second of the last redraw
            now[0] = seconds(12);
            bar.tick();
        }
        String[] draws = text.toString().split("\r");
        assertEquals(3, draws.length, text.toString());
        assertTrue(draws[1].startsWith("criminisi [########......................]  25%  10.0 s, about 30 s left"),
                draws[1]);
        assertTrue(draws[2].startsWith("criminisi [########......................]  25%  12.0 s, about 36 s left"),
                draws[2]);
    }

    private static long seconds(double s) {
        return Math.round(s * 1e9);
    }

    @Test
    void interactiveBarRedrawsOnOneLineAndEndsIt() {
        StringWriter text = new StringWriter();
        try (ProgressBar bar = new ProgressBar(new PrintWriter(text, true), "criminisi", true, 0)) {
            bar.onProgress(0.5);
            bar.onProgress(1.0);
        }
        String s = text.toString();
        assertTrue(s.startsWith("\rcriminisi [###############...............]  50%"), s);
        assertTrue(s.contains("] 100%") && s.endsWith(System.lineSeparator()), s);
    }

    @Test
    void shortRunsShowNothing() {
        StringWriter text = new StringWriter();
        try (ProgressBar bar = new ProgressBar(new PrintWriter(text, true), "telea", true, 60_000_000_000L)) {
            bar.onProgress(1.0);
        }
        assertEquals("", text.toString());
    }

    @Test
    void countsShowTheRateAndTheTimeLeftOfTheWorkedItems() {
        StringWriter text = new StringWriter();
        try (ProgressBar bar = new ProgressBar(new PrintWriter(text, true), "batch", true, 0)) {
            bar.onCount("pictures", 0, 4, 0);
        }
        assertTrue(text.toString().startsWith("\rbatch [..............................] 0/4 pictures"), text.toString());
        StringWriter lines = new StringWriter();
        try (ProgressBar bar = new ProgressBar(new PrintWriter(lines, true), "batch", false, 0)) {
            for (int i = 1; i <= 4; i++) {
                bar.onCount("pictures", i, 4, i);
            }
        }
        assertEquals(4, lines.toString().lines().count(), lines.toString());
        assertTrue(lines.toString().lines().allMatch(l -> l.matches("batch \\d+%  \\d/4 pictures  [0-9.,]+/s  \\d+ s left")),
                lines.toString());
    }

    @Test
    void durationsReadAsSecondsMinutesOrHours() {
        assertEquals("45 s", ProgressBar.duration(45.2));
        assertEquals("12 min", ProgressBar.duration(720));
        assertEquals("3.5 h", ProgressBar.duration(12_600));
    }
}
