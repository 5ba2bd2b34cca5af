package io.github.inpaint4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
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
