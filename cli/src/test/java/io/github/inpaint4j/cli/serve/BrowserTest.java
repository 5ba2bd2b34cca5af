package io.github.inpaint4j.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.io.ReadOptions;
import io.github.inpaint4j.testing.ImageFileFixtures;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser: headless Chromium, driven through Debian's chromedriver. It opens a
 * photo, paints with the mouse (at the fitted zoom and at 400 %, after panning), runs methods,
 * steps back through a fill, compares, loads a mask file, extends the canvas, and downloads results
 * in the picture's own format; each download differs from what was shown before only under the paint.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} ({@code .ci/run} installs them). Where
 * they are missing the test is skipped with a message, except under CI ({@code CI=true}), where a
 * missing browser is a failure. The screenshot it saves, {@code target/serve-page.png}, is the one in
 * the README ({@code docs/images/serve-page.png}).
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN",
            "/usr/bin/chromedriver"));
    private static final Path PHOTO = Path.of("../docs/samples/astronaut-256.png");
    private static final Path PATCH = Path.of("../docs/samples/astronaut-256-mission-patch.png");
    private static final Duration WAIT = Duration.ofSeconds(60);

    /** Selenium warns that it has no DevTools bindings for this Chromium; the test uses none. */
    private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    @TempDir
    static Path temporary;

    private static InpaintServer server;
    private static ChromeDriver browser;
    private static Path downloads;

    @BeforeAll
    static void start() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI must run the browser test: install Debian's chromium and chromium-driver"
                    + " (see .ci/run)");
        }
        Assumptions.assumeTrue(present, "browser test skipped: no " + CHROMIUM + " or " + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver)");
        CDP_LOG.setLevel(Level.SEVERE);
        server = InpaintServer.start(ServeConfig.defaults().withPort(0).withThreads(2),
                ServedMethods.fromRegistry(2, Map.of("gan", Map.of())));
        downloads = Files.createDirectories(temporary.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // as root on a machine without a network: no sandbox, and nothing that calls out
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,860",
                "--user-data-dir=" + Files.createDirectories(temporary.resolve("profile")));
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        // the driver is Debian's: Selenium Manager must not look for (or download) one
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        // headless Chromium drops downloads unless told where they go
        browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toString()));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void freshPage() throws IOException {
        try (Stream<Path> files = Files.list(downloads)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        browser.get(server.uri().toString());
        waiting().until(d -> !new Select(d.findElement(By.id("method"))).getOptions().isEmpty());
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, WAIT);
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private String status() {
        return browser.findElement(By.id("status")).getText();
    }

    private void awaitStatus(String part) {
        waiting().withMessage(() -> "status '" + part + "', but it says: " + status())
                .until(d -> status().contains(part));
    }

    private void openPicture(Path file, String shown) throws IOException {
        browser.findElement(By.id("file")).sendKeys(file.toRealPath().toString());
        awaitStatus(shown);
    }

    /** Where the picture pixel (x, y) is in the window, from the mask canvas's place on screen. */
    private double[] onScreen(double x, double y) {
        List<?> box = (List<?>) js("const c = document.getElementById('mask'); const r = c.getBoundingClientRect();"
                + " return [r.left, r.top, r.width / c.width];");
        double scale = ((Number) box.get(2)).doubleValue();
        return new double[] {((Number) box.get(0)).doubleValue() + x * scale,
            ((Number) box.get(1)).doubleValue() + y * scale, scale};
    }

    private void setBrush(int size) {
        js("const s = document.getElementById('size'); s.value = arguments[0]; s.dispatchEvent(new Event('input'));",
                size);
    }

    /** Sets the Grow slider: the radius by which the painted holes grow before the fill. */
    private void setDilate(int pixels) {
        js("const d = document.getElementById('dilate'); d.value = arguments[0]; d.dispatchEvent(new Event('input'));",
                pixels);
        assertEquals(String.valueOf(pixels), browser.findElement(By.id("dilate-value")).getText());
    }

    /** Paints a straight stroke from one picture pixel to another, {@code width} picture pixels wide. */
    private void stroke(int x0, int y0, int x1, int y1, int width) {
        setBrush(width);
        double[] from = onScreen(x0, y0);
        double[] to = onScreen(x1, y1);
        new Actions(browser).moveToLocation((int) Math.round(from[0]), (int) Math.round(from[1])).clickAndHold()
                .moveToLocation((int) Math.round((from[0] + to[0]) / 2), (int) Math.round((from[1] + to[1]) / 2))
                .moveToLocation((int) Math.round(to[0]), (int) Math.round(to[1])).release().perform();
    }

    /** The painted pixels of the mask canvas, as the page sends them: any paint at all is a hole. */
    private boolean[] painted() {
        String flags = (String) js("const c = document.getElementById('mask');"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " let s = ''; for (let i = 3; i < d.length; i += 4) { s += d[i] > 0 ? '1' : '0'; } return s;");
        boolean[] hole = new boolean[flags.length()];
        for (int i = 0; i < hole.length; i++) {
            hole[i] = flags.charAt(i) == '1';
        }
        return hole;
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            n += f ? 1 : 0;
        }
        return n;
    }

    private void run(String method) {
        new Select(browser.findElement(By.id("method"))).selectByValue(method);
        browser.findElement(By.id("run")).click();
        awaitStatus(method + ": filled in");
    }

    /** Downloads the result and reads the file, which must be named {@code name}. */
    private Path download(String name) throws IOException {
        browser.findElement(By.id("download")).click();
        Path file = waiting().withMessage("a download named " + name).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> done = files.filter(f -> f.getFileName().toString().equals(name)).toList();
                return done.isEmpty() || !Files.isRegularFile(done.get(0)) ? null : done.get(0);
            } catch (IOException e) {
                return null;
            }
        });
        waiting().until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.noneMatch(f -> f.toString().endsWith(".crdownload"));
            } catch (IOException e) {
                return false;
            }
        });
        Path kept = Files.move(file, temporary.resolve(System.nanoTime() + "-" + name));
        return kept;
    }

    /** Checks that {@code after} differs from {@code before} only where {@code hole} is set, and somewhere there. */
    private static void differsOnlyUnder(BufferedImage before, BufferedImage after, boolean[] hole, String what) {
        assertEquals(before.getWidth(), after.getWidth(), what);
        assertEquals(before.getHeight(), after.getHeight(), what);
        int changed = 0;
        for (int y = 0; y < before.getHeight(); y++) {
            for (int x = 0; x < before.getWidth(); x++) {
                boolean differs = before.getRGB(x, y) != after.getRGB(x, y);
                if (differs && !hole[y * before.getWidth() + x]) {
                    throw new AssertionError(what + ": pixel " + x + "," + y + " changed outside the paint");
                }
                changed += differs ? 1 : 0;
            }
        }
        assertTrue(changed > 50, what + ": only " + changed + " pixels changed");
    }

    private int shownPixel(int x, int y) {
        List<?> rgba = (List<?>) js("return Array.from(document.getElementById('picture').getContext('2d')"
                + ".getImageData(arguments[0], arguments[1], 1, 1).data);", x, y);
        return 0xff000000 | ((Number) rgba.get(0)).intValue() << 16 | ((Number) rgba.get(1)).intValue() << 8
                | ((Number) rgba.get(2)).intValue();
    }

    private double zoom() {
        return Double.parseDouble(browser.findElement(By.id("view")).getAttribute("data-scale"));
    }

    private void press(CharSequence keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    @Test
    void removesTwoObjectsStepsBackAndComparesAndDownloadsEachResult() throws Exception {
        List<String> offered = new Select(browser.findElement(By.id("method"))).getOptions().stream()
                .map(o -> o.getAttribute("value")).toList();
        assertTrue(offered.containsAll(List.of("telea", "criminisi")), offered.toString());
        openPicture(PHOTO, "astronaut-256.png: 256×256");
        BufferedImage photo = ImageIO.read(PHOTO.toFile());
        setDilate(0); // the fills below change exactly the paint

        // paint, take it back, paint again: undo and redo replay the strokes; Clear can be undone too
        stroke(150, 40, 180, 60, 14);
        boolean[] first = painted();
        assertTrue(count(first) > 100);
        browser.findElement(By.id("undo")).click();
        assertEquals(0, count(painted()), "undo removes the stroke");
        browser.findElement(By.id("redo")).click();
        assertEquals(count(first), count(painted()), "redo brings it back");
        browser.findElement(By.id("clear")).click();
        assertEquals(0, count(painted()), "clear removes the paint");
        assertTrue(browser.findElement(By.id("undo")).isEnabled(), "a clear can be undone");
        browser.findElement(By.id("undo")).click();
        assertEquals(count(first), count(painted()), "undo brings the cleared paint back");

        run("telea");
        BufferedImage afterTelea = ImageIO.read(download("astronaut-256-inpainted.png").toFile());
        differsOnlyUnder(photo, afterTelea, first, "telea");
        assertEquals(0, count(painted()), "the paint is cleared once the result is shown");

        // keep painting on the result: the next fill, the mission patch, starts from it
        stroke(80, 191, 92, 191, 46);
        boolean[] patch = painted();
        new Select(browser.findElement(By.id("method"))).selectByValue("criminisi");
        Path screenshot = Path.of("target/serve-page.png");
        Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));
        run("criminisi");
        BufferedImage afterCriminisi = ImageIO.read(download("astronaut-256-inpainted.png").toFile());
        differsOnlyUnder(afterTelea, afterCriminisi, patch, "criminisi");

        // compare: held, it shows the picture before the last fill; released, the result again
        int x = 86;
        int y = 191;
        assertEquals(afterCriminisi.getRGB(x, y), shownPixel(x, y));
        WebElement compare = browser.findElement(By.id("compare"));
        new Actions(browser).clickAndHold(compare).perform();
        assertEquals(afterTelea.getRGB(x, y), shownPixel(x, y), "held: the picture before");
        new Actions(browser).release(compare).perform();
        assertEquals(afterCriminisi.getRGB(x, y), shownPixel(x, y), "released: the result");

        // undo steps back through the fill: the picture before it, with its paint; redo the fill again
        browser.findElement(By.id("undo")).click();
        assertEquals(afterTelea.getRGB(x, y), shownPixel(x, y), "undo of a fill shows the picture before it");
        assertEquals(count(patch), count(painted()), "and the paint it was run with");
        browser.findElement(By.id("redo")).click();
        assertEquals(afterCriminisi.getRGB(x, y), shownPixel(x, y), "redo shows the result again");
        assertTrue(Files.size(screenshot) > 10_000);
    }

    @Test
    void zoomsPansAndPaintsAt400Percent() throws Exception {
        openPicture(PHOTO, "astronaut-256.png: 256×256");
        double fitted = zoom();
        press("1");
        assertEquals(1.0, zoom(), 1e-9, "1: actual pixels");
        press("++");
        assertEquals(4.0, zoom(), 1e-9, "+ doubles the zoom");
        // pan with Space held: the picture pixel under the pointer follows it
        double[] before = onScreen(128, 128);
        new Actions(browser).keyDown(Keys.SPACE).moveToLocation(600, 450).clickAndHold().moveToLocation(500, 400)
                .moveToLocation(400, 350).release().keyUp(Keys.SPACE).perform();
        double[] after = onScreen(128, 128);
        assertEquals(before[0] - 200, after[0], 1.0, "panned left by 200 screen pixels");
        assertEquals(before[1] - 100, after[1], 1.0, "panned up by 100 screen pixels");
        assertEquals(0, count(painted()), "panning paints nothing");
        // a stroke at 400 %: 6 picture pixels wide, from (100, 120) to (110, 120)
        stroke(100, 120, 110, 120, 6);
        boolean[] paint = painted();
        assertTrue(paint[120 * 256 + 105], "the stroke is where it was painted");
        assertFalse(paint[120 * 256 + 90], "and nowhere else");
        assertFalse(paint[130 * 256 + 105], "its width is in picture pixels");
        int n = count(paint);
        assertTrue(n > 50 && n < 120, "about 6 × 16 pixels: " + n);
        // the cursor shows the brush at the zoom: 6 picture pixels are 24 screen pixels
        String width = browser.findElement(By.id("cursor")).getCssValue("width");
        assertEquals(24.0, Double.parseDouble(width.replace("px", "")), 1.0);
        // the wheel zooms, Fit fits
        new Actions(browser).scrollFromOrigin(org.openqa.selenium.interactions.WheelInput.ScrollOrigin.fromViewport(
                640, 450), 0, 300).perform();
        assertTrue(zoom() < 4.0, "the wheel zooms out: " + zoom());
        press("0");
        assertEquals(fitted, zoom(), 1e-9, "0 fits again");
    }

    @Test
    void aPinchZoomsAndPaintsNothing() throws Exception {
        openPicture(PHOTO, "astronaut-256.png: 256×256");
        double fitted = zoom();
        double[] centre = onScreen(128, 128);
        int cx = (int) centre[0];
        int cy = (int) centre[1];
        PointerInput one = new PointerInput(PointerInput.Kind.TOUCH, "finger-1");
        PointerInput two = new PointerInput(PointerInput.Kind.TOUCH, "finger-2");
        Sequence first = new Sequence(one, 0).addAction(one.createPointerMove(Duration.ZERO,
                PointerInput.Origin.viewport(), cx - 20, cy)).addAction(one.createPointerDown(0))
                .addAction(one.createPointerMove(Duration.ofMillis(200), PointerInput.Origin.viewport(), cx - 80, cy))
                .addAction(one.createPointerUp(0));
        Sequence second = new Sequence(two, 0).addAction(two.createPointerMove(Duration.ZERO,
                PointerInput.Origin.viewport(), cx + 20, cy)).addAction(two.createPointerDown(0))
                .addAction(two.createPointerMove(Duration.ofMillis(200), PointerInput.Origin.viewport(), cx + 80, cy))
                .addAction(two.createPointerUp(0));
        browser.perform(List.of(first, second));
        assertEquals(0, count(painted()), "two fingers pinch: they paint nothing");
        assertTrue(zoom() > fitted * 2, "the pinch zoomed in: " + fitted + " → " + zoom());
    }

    @Test
    void shortcutsAreIgnoredInFormControls() throws Exception {
        openPicture(PHOTO, "astronaut-256.png: 256×256");
        WebElement method = browser.findElement(By.id("method"));
        new Select(method).selectByValue("telea");
        method.sendKeys("b"); // the list's own type-ahead, not the brush's key
        js("arguments[0].focus();", method);
        new Actions(browser).sendKeys("e").perform();
        assertEquals("false", browser.findElement(By.id("eraser")).getAttribute("aria-pressed"),
                "E typed in the method list does not pick the eraser");
        WebElement size = browser.findElement(By.id("size"));
        js("arguments[0].focus();", size);
        double fitted = zoom();
        new Actions(browser).sendKeys("1").perform();
        assertEquals(fitted, zoom(), 1e-9, "1 typed in the size slider does not zoom");
        // on the page itself the keys work
        browser.findElement(By.id("status")).click();
        js("document.activeElement.blur();");
        new Actions(browser).sendKeys("e").perform();
        assertEquals("true", browser.findElement(By.id("eraser")).getAttribute("aria-pressed"), "E on the page");
        new Actions(browser).sendKeys("b").perform();
        // Enter runs, Esc cancels: Enter here runs telea on what is painted
        stroke(60, 60, 70, 70, 8);
        new Select(method).selectByValue("telea");
        js("document.activeElement.blur();");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        awaitStatus("telea: filled in");
    }

    /**
     * The Grow slider (4 px by default, so that an object's outline goes too) grows the painted hole
     * before the fill: the filled area is larger than the paint, and lies within the paint grown by
     * the slider's radius. The page picks guided PatchMatch, the best method for objects, by default.
     */
    @Test
    void theGrowSliderGrowsTheFilledArea() throws Exception {
        openPicture(PHOTO, "astronaut-256.png: 256×256");
        assertEquals("patchmatch", new Select(browser.findElement(By.id("method"))).getFirstSelectedOption()
                .getAttribute("value"), "the page picks guided PatchMatch by default");
        assertEquals("4", browser.findElement(By.id("dilate")).getAttribute("value"), "Grow is 4 px by default");
        BufferedImage photo = ImageIO.read(PHOTO.toFile());
        setDilate(6);
        stroke(150, 40, 180, 60, 6);
        boolean[] paint = painted();
        run("telea");
        BufferedImage after = ImageIO.read(download("astronaut-256-inpainted.png").toFile());
        boolean[] grown = io.github.inpaint4j.Mask.of(photo.getWidth(), photo.getHeight(), paint).dilate(6).toArray();
        differsOnlyUnder(photo, after, grown, "telea, holes grown by 6");
        int changed = 0;
        for (int y = 0; y < photo.getHeight(); y++) {
            for (int x = 0; x < photo.getWidth(); x++) {
                changed += photo.getRGB(x, y) != after.getRGB(x, y) ? 1 : 0;
            }
        }
        assertTrue(changed > count(paint) * 3 / 2, "the filled area grew: " + changed + " pixels changed, "
                + count(paint) + " painted");
    }

    @Test
    void loadsAMaskFileAndFillsIt() throws Exception {
        openPicture(PHOTO, "astronaut-256.png: 256×256");
        setDilate(0);
        browser.findElement(By.id("mask-file")).sendKeys(PATCH.toRealPath().toString());
        awaitStatus("hole pixels painted");
        BufferedImage mask = ImageIO.read(PATCH.toFile());
        boolean[] painted = painted();
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                assertEquals((mask.getRGB(x, y) & 0xffffff) != 0, painted[y * 256 + x], "mask pixel " + x + "," + y);
            }
        }
        run("criminisi");
        BufferedImage result = ImageIO.read(download("astronaut-256-inpainted.png").toFile());
        differsOnlyUnder(ImageIO.read(PHOTO.toFile()), result, painted, "the mask file's holes");
    }

    @Test
    void extendsTheCanvas() throws Exception {
        openPicture(PHOTO, "astronaut-256.png: 256×256");
        browser.findElement(By.id("extend-button")).click();
        WebElement right = browser.findElement(By.id("extend-right"));
        right.clear();
        right.sendKeys("16");
        WebElement top = browser.findElement(By.id("extend-top"));
        top.clear();
        top.sendKeys("8");
        assertTrue(browser.findElement(By.id("run")).isEnabled(), "an extension alone can be run");
        run("telea");
        BufferedImage wider = ImageIO.read(download("astronaut-256-inpainted.png").toFile());
        assertEquals(272, wider.getWidth());
        assertEquals(264, wider.getHeight());
        BufferedImage photo = ImageIO.read(PHOTO.toFile());
        for (int y = 0; y < 256; y += 7) {
            for (int x = 0; x < 256; x += 7) {
                assertEquals(photo.getRGB(x, y), wider.getRGB(x, y + 8), "picture pixel " + x + "," + y);
            }
        }
        assertEquals("0", right.getAttribute("value"), "the extension is done: back to none");
        browser.findElement(By.id("undo")).click();
        assertEquals(256, ((Number) js("return document.getElementById('picture').width;")).intValue(),
                "undo gives the picture before the extension back");
    }

    @Test
    void aJpegComesBackAJpegWithItsExif() throws Exception {
        Path jpeg = temporary.resolve("holiday.jpg");
        Files.write(jpeg, ImageFileFixtures.jpegWithOrientation(ImageIO.read(PHOTO.toFile()), 1, ByteOrder.BIG_ENDIAN));
        assertTrue(ImageFiles.readPicture(jpeg, ReadOptions.defaults()).metadata().exif().isPresent());
        openPicture(jpeg, "holiday.jpg: 256×256");
        assertEquals("Download JPEG", browser.findElement(By.id("download")).getText());
        stroke(150, 40, 180, 60, 14);
        run("telea");
        Path result = download("holiday-inpainted.jpg");
        var picture = ImageFiles.readPicture(result, ReadOptions.defaults());
        assertEquals(256, picture.image().width());
        assertTrue(picture.metadata().exif().isPresent(), "the downloaded JPEG keeps the photo's EXIF");
        assertEquals(io.github.inpaint4j.io.ImageFormat.JPEG, picture.format());
    }

    @Test
    void theToolbarFitsAPhonesScreen() {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            browser.get(server.uri().toString());
            waiting().until(d -> !new Select(d.findElement(By.id("method"))).getOptions().isEmpty());
            List<?> outside = (List<?>) js("const out = [];"
                    + " for (const e of document.querySelectorAll('#toolbar > *')) {"
                    + "   const r = e.getBoundingClientRect();"
                    + "   if (getComputedStyle(e).display !== 'none' && !e.hidden && (r.right > innerWidth + 0.5"
                    + "       || r.left < 0)) { out.push(e.id || e.textContent.trim()); } }"
                    + " return out;");
            assertEquals(List.of(), outside, "every control of the toolbar is on a 390-pixel-wide screen");
            double toolbar = ((Number) js("return document.getElementById('toolbar').getBoundingClientRect().height;"))
                    .doubleValue();
            assertTrue(toolbar < 844 / 5.0, "the toolbar leaves the screen to the picture: " + toolbar + " px high");
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 860));
        }
    }
}
