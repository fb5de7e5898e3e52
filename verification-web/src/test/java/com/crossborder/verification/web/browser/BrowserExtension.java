package com.crossborder.verification.web.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.opentest4j.TestAbortedException;

/**
 * Owns the browser of a test class and keeps the evidence of a failure. AfterTestExecutionCallback, not TestWatcher:
 * it runs right after the test method, while the page that failed is still on screen (TestWatcher runs after the
 * method's store is closed).
 */
public final class BrowserExtension implements ParameterResolver, AfterTestExecutionCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);

    /** Quits the browser when JUnit closes the class's store. */
    private record Browser(ChromeDriver driver) implements AutoCloseable {
        @Override
        public void close() {
            driver.quit();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == WebDriver.class || type == ChromeDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (!Chrome.installed()) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromedriver at "
                    + Chrome.CHROMIUM + " and " + Chrome.CHROMEDRIVER
                    + ": apt-get install -y chromium chromium-driver fonts-noto-cjk");
        }
        return classContext(context)
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        "browser",
                        key -> new Browser(Chrome.start(screenshotsDir().getParent(), phone(context))),
                        Browser.class)
                .driver();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()
                || context.getExecutionException().get() instanceof TestAbortedException) {
            return;
        }
        Browser browser = classContext(context).getStore(NAMESPACE).get("browser", Browser.class);
        if (browser != null) {
            save(
                    browser.driver(),
                    screenshotsDir().resolve(context.getRequiredTestClass().getSimpleName()),
                    context.getRequiredTestMethod().getName());
        }
    }

    /** Writes name.png, name.html and name.console.txt; never throws, the test's own failure is what matters. */
    public static void save(WebDriver driver, Path dir, String name) {
        Path png = dir.resolve(name + ".png");
        try {
            Files.createDirectories(dir);
            Files.write(png, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(
                    dir.resolve(name + ".html"),
                    "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(),
                    StandardCharsets.UTF_8);
            String console = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(entry -> entry.getLevel() + " " + entry.getMessage())
                    .collect(Collectors.joining("\n"));
            Files.writeString(dir.resolve(name + ".console.txt"), console, StandardCharsets.UTF_8);
            System.err.println("[browser] failure evidence: " + png.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            System.err.println("[browser] could not save failure evidence " + png + ": " + e);
        }
    }

    public static Path screenshotsDir() {
        return Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    }

    private static boolean phone(ExtensionContext context) {
        BrowserTest settings = context.getRequiredTestClass().getAnnotation(BrowserTest.class);
        return settings != null && settings.phone();
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }
}
