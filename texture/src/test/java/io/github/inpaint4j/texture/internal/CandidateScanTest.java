package io.github.inpaint4j.texture.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.synthetic.SyntheticImages;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The fast candidate enumeration and distance kernel against the naive formulas, and their thread independence. */
class CandidateScanTest {

    private static final int WINDOW = 7;

    @Test
    void candidatesAreExactlyTheCompleteWindows() {
        WorkingImage source = TestImages.noiseWithHoles(40, 30, 0.08, 11);
        CandidateWindows windows = CandidateWindows.in(source, WINDOW);
        List<int[]> expected = NaiveDistances.candidates(source, WINDOW);
        assertTrue(expected.size() > 50 && expected.size() < 34 * 24, "test image should leave some windows: "
                + expected.size());
        assertEquals(expected.size(), windows.count());
        for (int i = 0; i < expected.size(); i++) {
            int[] c = expected.get(i);
            assertEquals(c[0], windows.centreX(i), "x of candidate " + i);
            assertEquals(c[1], windows.centreY(i), "y of candidate " + i);
            assertEquals(i, windows.indexOf(c[0], c[1]));
        }
        assertEquals(-1, windows.indexOf(0, 0), "a window sticking out of the image is no candidate");
    }

    @ParameterizedTest
    @EnumSource(DistanceForm.class)
    void kernelMatchesTheNaiveFormula(DistanceForm form) {
        WorkingImage source = TestImages.noiseWithHoles(40, 30, 0.08, 5);
        WorkingImage target = TestImages.noiseWithHoles(25, 20, 0.3, 6);
        CandidateWindows windows = CandidateWindows.in(source, WINDOW);
        WindowWeights weights = WindowWeights.gaussian(WINDOW, WINDOW / 6.4);
        int checked = 0;
        try (WorkerPool pool = WorkerPool.create(2)) {
            CandidateScan scan = new CandidateScan(windows, pool, form, 0);
            // target pixels near the border too, where the window sticks out of the target image
            for (int[] t : new int[][] {{12, 10}, {0, 0}, {24, 3}, {5, 19}}) {
                TargetWindow window = TargetWindow.around(target, t[0], t[1], weights);
                scan.run(window);
                double min = Double.POSITIVE_INFINITY;
                for (int i = 0; i < windows.count(); i++) {
                    double expected = NaiveDistances.distance(target, t[0], t[1], source, windows.centreX(i),
                            windows.centreY(i), WINDOW, weights, form);
                    assertEquals(expected, scan.distance(i), 2e-5 * Math.max(1, expected),
                            form + " distance of candidate " + i + " for target " + t[0] + "," + t[1]);
                    assertEquals(scan.distance(i), form.at(window, windows, windows.centreX(i), windows.centreY(i)),
                            "one-candidate evaluation must equal the kernel bit for bit");
                    min = Math.min(min, scan.distance(i));
                    checked++;
                }
                assertEquals(min, scan.minimum());
            }
        }
        assertTrue(checked > 500, "checked " + checked);
    }

    @Test
    void distancesAreBitIdenticalForOneTwoAndThreeThreads() {
        WorkingImage source = TestImages.noiseWithHoles(64, 48, 0.05, 8);
        WorkingImage target = TestImages.noiseWithHoles(30, 30, 0.4, 9);
        CandidateWindows windows = CandidateWindows.in(source, WINDOW);
        WindowWeights weights = WindowWeights.gaussian(WINDOW, WINDOW / 6.4);
        float[][] results = new float[3][];
        for (int threads = 1; threads <= 3; threads++) {
            try (WorkerPool pool = WorkerPool.create(threads)) {
                CandidateScan scan = new CandidateScan(windows, pool, DistanceForm.NORMALISED_SSD, 0);
                scan.run(TargetWindow.around(target, 15, 15, weights));
                results[threads - 1] = new float[windows.count()];
                for (int i = 0; i < windows.count(); i++) {
                    results[threads - 1][i] = scan.distance(i);
                }
            }
        }
        assertArrayEquals(results[0], results[1]);
        assertArrayEquals(results[0], results[2]);
    }

    @Test
    void clippedScanOnlyAnswersWithCandidatesInTheRectangle() {
        WorkingImage source = WorkingImage.of(SyntheticImages.noise(30, 30, 3));
        CandidateWindows windows = CandidateWindows.in(source, 5);
        try (WorkerPool pool = WorkerPool.create(2)) {
            CandidateScan scan = new CandidateScan(windows, pool, DistanceForm.SSD, 0);
            TargetWindow target = TargetWindow.around(source, 20, 20, WindowWeights.uniform(5));
            scan.run(target);
            assertEquals(windows.indexOf(20, 20), scan.firstAtMost(scan.minimum()), "a window matches itself");
            scan.run(target, 4, 3, 9, 7);
            assertEquals(6 * 5, scan.scannedCount());
            int best = scan.firstAtMost(scan.minimum());
            int x = windows.centreX(best);
            int y = windows.centreY(best);
            assertTrue(x >= 4 && x <= 9 && y >= 3 && y <= 7, "best " + x + "," + y + " outside the rectangle");
            IntList all = new IntList();
            scan.collectAtMost(Float.POSITIVE_INFINITY, all);
            assertEquals(30, all.size());
        }
    }

    @Test
    void smallestListsTheNearestInOrder() {
        WorkingImage source = WorkingImage.of(SyntheticImages.noise(24, 24, 4));
        CandidateWindows windows = CandidateWindows.in(source, 3);
        try (WorkerPool pool = WorkerPool.create(1)) {
            CandidateScan scan = new CandidateScan(windows, pool, DistanceForm.GAUSSIAN_SSD);
            scan.run(TargetWindow.around(source, 10, 12, WindowWeights.gaussian(3, 0.5)));
            int[] best = scan.smallest(5);
            assertEquals(5, best.length);
            assertEquals(windows.indexOf(10, 12), best[0]);
            float[] sorted = new float[windows.count()];
            for (int i = 0; i < sorted.length; i++) {
                sorted[i] = scan.distance(i);
            }
            java.util.Arrays.sort(sorted);
            for (int k = 0; k < 5; k++) {
                assertEquals(sorted[k], scan.distance(best[k]), "rank " + k);
            }
        }
    }

    @Test
    void halvedCandidatesAverageTwoByTwoBlocks() {
        RgbImage noise = SyntheticImages.noise(12, 10, 2);
        CandidateWindows half = CandidateWindows.in(WorkingImage.of(noise), 3).halved(3);
        assertEquals(6, half.width());
        assertEquals(5, half.height());
        assertEquals(4 * 3, half.count());
        float expected = (noise.get(4, 6, 1) + noise.get(5, 6, 1) + noise.get(4, 7, 1) + noise.get(5, 7, 1)) / 4f;
        assertEquals(expected, half.sample(1, 2, 3));
    }
}
