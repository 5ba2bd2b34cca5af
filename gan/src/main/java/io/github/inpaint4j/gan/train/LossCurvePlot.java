package io.github.inpaint4j.gan.train;

import io.github.inpaint4j.io.BufferedImages;
import io.github.inpaint4j.io.ImageFiles;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Draws a run's metrics with Java2D: four panels sharing the step axis, the adversarial losses
 * (D and G), the generator's weighted L1 and feature losses, and on the held-out crops the hole PSNR and the texture
 * fidelity of the generator beside the baseline's (Telea's when the run has one), so that the plot
 * shows when the model beats it.
 */
final class LossCurvePlot {

    private static final int WIDTH = 900;
    private static final int PANEL_HEIGHT = 220;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 30;
    private static final int BOTTOM = 30;
    private static final Color[] COLOURS = {new Color(0xd62728), new Color(0x1f77b4), new Color(0x2ca02c)};

    private LossCurvePlot() {
    }

    /** One line of a panel. */
    private record Series(String name, ToDoubleFunction<TrainingMetrics> value) {
    }

    /** The picture of {@code rows}. */
    static BufferedImage draw(List<TrainingMetrics> rows) {
        BufferedImage image = new BufferedImage(WIDTH, 4 * PANEL_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            long lastStep = rows.isEmpty() ? 1 : Math.max(1, rows.get(rows.size() - 1).step());
            panel(g, 0, "adversarial losses (BCE)", rows, lastStep,
                    List.of(new Series("D", TrainingMetrics::discriminatorLoss),
                            new Series("G", TrainingMetrics::generatorAdversarialLoss)), false);
            panel(g, PANEL_HEIGHT, "generator's weighted L1 and feature losses", rows, lastStep,
                    List.of(new Series("G L1", TrainingMetrics::generatorL1Loss),
                            new Series("G features", TrainingMetrics::generatorFeatureLoss)), false);
            panel(g, 2 * PANEL_HEIGHT, "validation hole PSNR (dB)", rows, lastStep,
                    List.of(new Series("generator", r -> r.validation().holePsnr()),
                            new Series("baseline", r -> r.baseline().holePsnr())), true);
            panel(g, 3 * PANEL_HEIGHT, "validation texture fidelity (1 = as detailed as the truth)", rows, lastStep,
                    List.of(new Series("generator", r -> r.validation().textureFidelity()),
                            new Series("baseline", r -> r.baseline().textureFidelity())), true);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Draws {@code rows} into a PNG file, replacing it atomically. */
    static void write(List<TrainingMetrics> rows, Path file) throws IOException {
        ImageFiles.write(BufferedImages.toRgbImage(draw(rows)), file, true);
    }

    private static void panel(Graphics2D g, int y0, String title, List<TrainingMetrics> rows, long lastStep,
            List<Series> series, boolean markers) {
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = PANEL_HEIGHT - TOP - BOTTOM;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (TrainingMetrics r : rows) {
                double v = s.value().applyAsDouble(r);
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (!(min <= max)) {
            min = 0;
            max = 1;
        }
        if (max - min < 1e-9) {
            min -= 0.5;
            max += 0.5;
        }
        g.setColor(Color.BLACK);
        g.drawString(title, LEFT, y0 + TOP - 10);
        double tick = (max - min) / 4;
        int decimals = Math.max(0, Math.min(6, 1 - (int) Math.floor(Math.log10(tick))));
        for (int t = 0; t <= 4; t++) {
            int y = y0 + TOP + plotHeight - t * plotHeight / 4;
            int x = LEFT + t * plotWidth / 4;
            g.setColor(new Color(0xdddddd));
            g.drawLine(LEFT, y, LEFT + plotWidth, y);
            g.drawLine(x, y0 + TOP, x, y0 + TOP + plotHeight);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%." + decimals + "f", min + t * tick), 5, y + 4);
            String step = Long.toString(Math.round(t * lastStep / 4.0));
            int width = g.getFontMetrics().stringWidth(step);
            g.drawString(step, Math.min(x - width / 2, LEFT + plotWidth - width), y0 + PANEL_HEIGHT - 12);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, y0 + TOP, plotWidth, plotHeight);
        for (int k = 0; k < series.size(); k++) {
            Series s = series.get(k);
            g.setColor(COLOURS[k % COLOURS.length]);
            g.setStroke(new BasicStroke(1.5f));
            Path2D.Double line = new Path2D.Double();
            boolean started = false;
            for (TrainingMetrics r : rows) {
                double v = s.value().applyAsDouble(r);
                if (!Double.isFinite(v)) {
                    continue;
                }
                double x = LEFT + plotWidth * (double) r.step() / lastStep;
                double y = y0 + TOP + plotHeight * (1 - (v - min) / (max - min));
                if (started) {
                    line.lineTo(x, y);
                } else {
                    line.moveTo(x, y);
                    started = true;
                }
                if (markers) {
                    g.fillOval((int) x - 3, (int) y - 3, 6, 6);
                }
            }
            g.draw(line);
            g.drawString(s.name(), LEFT + plotWidth - 160 + 80 * k, y0 + TOP - 10);
            g.setStroke(new BasicStroke(1f));
        }
    }
}
