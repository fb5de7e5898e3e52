package com.crossborder.verification.web.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's chromium, headless, through Debian's chromedriver, both given by path: with a driver path, Selenium never
 * runs Selenium Manager, which would otherwise try to download a driver and send usage statistics.
 */
public final class Chrome {

    public static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER =
            Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));

    /** A viewport the screens must work in: desktops for the console, phones for the applicant's app. */
    public record Viewport(int width, int height) {
        public static final Viewport SMALL_DESKTOP = new Viewport(1280, 800);
        public static final Viewport FULL_HD = new Viewport(1920, 1080);
        /** A common phone (iPhone 12–15, many Android phones), in CSS pixels. */
        public static final Viewport PHONE = new Viewport(390, 844);
        /** The narrowest phone the app is built for. */
        public static final Viewport SMALL_PHONE = new Viewport(360, 740);

        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    private static final String PHONE_USER_AGENT =
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36";

    static {
        // Selenium warns at each start that no selenium-devtools module matches this chromium; none is needed.
        Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder").setLevel(Level.SEVERE);
    }

    private Chrome() {}

    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** A fresh browser with its own profile under target/, showing exactly 1280×800 CSS pixels. */
    public static ChromeDriver start(Path workDir) {
        return start(workDir, false);
    }

    /**
     * A fresh browser with its own profile under target/: a 1280×800 desktop, or a 390×844 phone. chromedriver applies
     * this emulation again at every page load, so it is the size each new page starts with.
     */
    public static ChromeDriver start(Path workDir, boolean phone) {
        try {
            Files.createDirectories(workDir);
            Path profile = Files.createTempDirectory(workDir, "chrome-profile-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-extensions",
                    "--disable-default-apps",
                    "--no-first-run",
                    "--no-default-browser-check",
                    "--hide-scrollbars",
                    "--lang=zh-CN",
                    "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
            // --window-size gives a smaller viewport in new headless (the window counts browser chrome); device
            // metrics give the exact CSS size.
            options.setExperimentalOption(
                    "mobileEmulation",
                    phone
                            ? Map.of("deviceMetrics", phoneMetrics(Viewport.PHONE), "userAgent", PHONE_USER_AGENT)
                            : Map.of("deviceMetrics", metrics(Viewport.SMALL_DESKTOP)));
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .withLogFile(new File(workDir.toFile(), "chromedriver.log"))
                    .withAppendLog(true)
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resizes the page's viewport (CSS pixels, device scale 1, not a phone). */
    public static void resize(ChromeDriver driver, Viewport viewport) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of(
                        "width",
                        viewport.width(),
                        "height",
                        viewport.height(),
                        "deviceScaleFactor",
                        1,
                        "mobile",
                        false));
    }

    /**
     * Makes the page a phone's: its width in CSS pixels, a mobile viewport (the page's meta viewport applies), touch
     * events and a phone's user agent, as Chrome's device toolbar does. Until the next page load (see start).
     */
    public static void emulatePhone(ChromeDriver driver, Viewport viewport) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", viewport.width(), "height", viewport.height(), "deviceScaleFactor", 1, "mobile", true));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
        driver.executeCdpCommand(
                "Emulation.setUserAgentOverride", Map.of("userAgent", PHONE_USER_AGENT, "acceptLanguage", "zh-CN,zh"));
    }

    private static Map<String, Object> phoneMetrics(Viewport viewport) {
        return Map.of(
                "width",
                viewport.width(),
                "height",
                viewport.height(),
                "pixelRatio",
                1.0,
                "touch",
                true,
                "mobile",
                true);
    }

    private static Map<String, Object> metrics(Viewport viewport) {
        return Map.of(
                "width",
                viewport.width(),
                "height",
                viewport.height(),
                "pixelRatio",
                1.0,
                "touch",
                false,
                "mobile",
                false);
    }
}
