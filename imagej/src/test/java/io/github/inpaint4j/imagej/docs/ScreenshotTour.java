package io.github.inpaint4j.imagej.docs;

import ij.IJ;
import ij.ImageJ;
import ij.ImagePlus;
import ij.gui.GenericDialog;
import ij.gui.OvalRoi;
import java.awt.Button;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Takes docs/imagej.md's pictures from a real ImageJ window (run under Xvfb by
 * {@code scripts/imagej-screenshots.sh}, with the plugin jar installed in a plugins folder as a
 * user installs it): the two dialogs of {@code Process › Inpaint…} on the astronaut photo, and the
 * picture before and after. Not a test: a program that drives the GUI the way a user does.
 */
public final class ScreenshotTour {

    private ScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        Path picture = Path.of(args[0]);
        Path out = Path.of(args[1]);
        new ImageJ();
        ImagePlus imp = IJ.openImage(picture.toString());
        imp.show();
        IJ.run(imp, "In [+]", "");
        IJ.wait(1500);
        imp.setRoi(new OvalRoi(63, 168, 47, 47)); // the mission patch on the sleeve
        IJ.wait(800);
        Robot robot = new Robot();
        BufferedImage before = capture(robot, imp.getWindow());
        IJ.doCommand("Inpaint...");
        GenericDialog first = waitForDialog("Inpaint");
        // the dialog in its setting: ImageJ's menu bar, the picture with its selection, the dialog over it
        capture(robot, first);
        Rectangle scene = IJ.getInstance().getBounds().union(imp.getWindow().getBounds()).union(first.getBounds());
        ImageIO.write(robot.createScreenCapture(scene), "png", out.resolve("imagej-dialog.png").toFile());
        press(first.getButtons()[0]);
        GenericDialog second = waitForDialog("Inpaint: patchmatch");
        ImageIO.write(capture(robot, second), "png", out.resolve("imagej-dialog-options.png").toFile());
        press(second.getButtons()[0]);
        IJ.wait(500);
        for (int i = 0; i < 600 && !ImageJ.getStatusBarText().contains("done"); i++) {
            IJ.wait(100);
        }
        IJ.wait(800);
        BufferedImage after = capture(robot, imp.getWindow());
        ImageIO.write(sideBySide(before, after), "png", out.resolve("imagej-before-after.png").toFile());
        System.out.println("status: " + ImageJ.getStatusBarText());
        System.exit(0);
    }

    private static GenericDialog waitForDialog(String title) {
        for (int i = 0; i < 200; i++) {
            for (Window w : Window.getWindows()) {
                if (w instanceof GenericDialog d && d.isShowing() && title.equals(d.getTitle())) {
                    IJ.wait(1000);
                    return d;
                }
            }
            IJ.wait(100);
        }
        throw new IllegalStateException("no dialog " + title);
    }

    private static void press(Button button) {
        java.awt.EventQueue.invokeLater(() -> button.dispatchEvent(
                new ActionEvent(button, ActionEvent.ACTION_PERFORMED, button.getLabel())));
    }

    /** The window as the screen shows it, once it has been painted (a window not painted yet is black). */
    private static BufferedImage capture(Robot robot, Window window) {
        Rectangle r = window.getBounds();
        BufferedImage shot = robot.createScreenCapture(r);
        for (int attempt = 0; attempt < 50 && isBlank(shot); attempt++) {
            window.repaint();
            IJ.wait(200);
            shot = robot.createScreenCapture(r);
        }
        return shot;
    }

    private static boolean isBlank(BufferedImage shot) {
        for (int y = 0; y < shot.getHeight(); y++) {
            for (int x = 0; x < shot.getWidth(); x++) {
                if ((shot.getRGB(x, y) & 0xffffff) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static BufferedImage sideBySide(BufferedImage a, BufferedImage b) {
        int gap = 12;
        BufferedImage out = new BufferedImage(a.getWidth() + gap + b.getWidth(), Math.max(a.getHeight(), b.getHeight()),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.drawImage(a, 0, 0, null);
        g.drawImage(b, a.getWidth() + gap, 0, null);
        g.dispose();
        return out;
    }
}
