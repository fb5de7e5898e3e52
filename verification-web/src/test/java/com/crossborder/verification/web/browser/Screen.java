package com.crossborder.verification.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.web.browser.Chrome.Viewport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console as a person uses it: controls found by their visible labels and button texts, never by ids or CSS
 * classes, so a test fails when a label changes or goes missing.
 */
public final class Screen {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final String base;

    public Screen(ChromeDriver driver, String deployment) {
        this.driver = driver;
        this.base = deployment.endsWith("/") ? deployment : deployment + "/";
    }

    public ChromeDriver driver() {
        return driver;
    }

    public String base() {
        return base;
    }

    /** Opens a console address (e.g. "" or "#/review") in a fresh page and waits for the language to load. */
    public Screen open(String hash) {
        driver.get(base + "console/" + hash);
        waitForLanguage();
        return this;
    }

    /** Opens an address of the applicant's app (e.g. "" or "#/register") in a fresh page. */
    public Screen openApp(String hash) {
        driver.get(base + "app/" + hash);
        waitForLanguage();
        return this;
    }

    /** The applicant's app from the start: no token, no language cookie. */
    public Screen forgetEverythingInApp() {
        driver.get(base + "app/");
        driver.manage().deleteAllCookies();
        driver.executeScript("sessionStorage.clear(); localStorage.clear();");
        return openApp("");
    }

    public void waitForLanguage() {
        until(() -> driver.executeScript("return document.documentElement.dataset.langReady") != null);
    }

    /** Starts afresh: no token, no language cookie. */
    public Screen forgetEverything() {
        driver.get(base + "console/");
        driver.manage().deleteAllCookies();
        driver.executeScript("sessionStorage.clear(); localStorage.clear();");
        return open("");
    }

    public Screen signIn(String username, String password) {
        type("用户名", username);
        type("密码", password);
        click("登录");
        until(() -> visible(By.id("nav")));
        return this;
    }

    public Screen signOut() {
        click("退出登录");
        until(() -> !visible(By.id("nav")));
        return this;
    }

    /** The control a visible label names (the label's text without the required-field star). */
    public WebElement field(String label) {
        return field(driver, label);
    }

    public WebElement field(SearchContext within, String label) {
        return find(() -> within.findElements(By.tagName("label")).stream()
                .filter(WebElement::isDisplayed)
                .filter(element -> labelText(element).equals(label))
                .findFirst()
                .map(element -> driver.findElement(By.id(element.getAttribute("for")))));
    }

    private static String labelText(WebElement label) {
        return label.getText().replace("*", "").strip();
    }

    public Screen type(String label, String text) {
        return type(driver, label, text);
    }

    public Screen type(SearchContext within, String label, String text) {
        WebElement input = field(within, label);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    public Screen choose(String label, String option) {
        return choose(driver, label, option);
    }

    public Screen choose(SearchContext within, String label, String option) {
        new Select(field(within, label)).selectByVisibleText(option);
        return this;
    }

    public Screen tick(String label) {
        return tick(driver, label);
    }

    public Screen tick(SearchContext within, String label) {
        WebElement box = field(within, label);
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    /** A visible button (or button-styled link) with exactly this text. */
    public WebElement button(String text) {
        return button(driver, text);
    }

    public WebElement button(SearchContext within, String text) {
        return find(() -> within.findElements(By.cssSelector("button, a.button")).stream()
                .filter(WebElement::isDisplayed)
                .filter(element -> element.getText().strip().equals(text))
                .findFirst());
    }

    public Screen click(String text) {
        WebElement target = button(text);
        until(target::isEnabled);
        target.click();
        return this;
    }

    public Screen clickLink(String text) {
        find(() -> driver.findElements(By.tagName("a")).stream()
                        .filter(WebElement::isDisplayed)
                        .filter(link -> link.getText().strip().equals(text))
                        .findFirst())
                .click();
        return this;
    }

    /** The open modal dialog. */
    public WebElement dialog() {
        return find(() ->
                driver.findElements(By.cssSelector("dialog[open]")).stream().findFirst());
    }

    /** Confirms the open dialog with its button of this text. */
    public Screen confirm(String text) {
        button(dialog(), text).click();
        until(() -> driver.findElements(By.cssSelector("dialog[open]")).isEmpty());
        return this;
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public Screen waitForText(String text) {
        try {
            until(() -> text().contains(text));
        } catch (RuntimeException timedOut) {
            throw new AssertionError("the page never showed \"" + text + "\"; it shows:\n" + text(), timedOut);
        }
        return this;
    }

    public String heading() {
        return find(() -> driver.findElements(By.tagName("h1")).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst())
                .getText();
    }

    public Screen waitForHeading(String text) {
        until(() -> heading().contains(text));
        return this;
    }

    public boolean visible(By locator) {
        return driver.findElements(locator).stream().anyMatch(WebElement::isDisplayed);
    }

    /** The alert (role=alert) that shows a refusal, once it has text. */
    public String alert() {
        return find(() -> driver.findElements(By.cssSelector("[role=alert]")).stream()
                        .filter(WebElement::isDisplayed)
                        .filter(element -> !element.getText().isBlank())
                        .findFirst())
                .getText();
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    public Object asyncScript(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
    }

    public void assertAccessible(String screen) {
        Axe.assertNoSeriousViolations(driver, screen);
    }

    /**
     * Keeps a screenshot of what the screen looks like at 1280×800 and 1920×1080 under target/screenshots/review/ (for
     * people to look at), and runs axe-core at each size.
     */
    public void review(String name) {
        for (Viewport viewport : List.of(Viewport.SMALL_DESKTOP, Viewport.FULL_HD)) {
            Chrome.resize(driver, viewport);
            script("window.scrollTo(0, 0)");
            pause(Duration.ofMillis(150));
            screenshot(name + "-" + viewport);
            assertAccessible(name + " at " + viewport);
        }
        Chrome.resize(driver, Viewport.SMALL_DESKTOP);
    }

    /**
     * Keeps a screenshot of the whole page (not only the visible part, as a person scrolling a phone sees it) under
     * target/screenshots/app/, and runs axe-core on it.
     */
    public Path reviewWholePage(String name) {
        script("window.scrollTo(0, 0)");
        pause(Duration.ofMillis(150));
        Map<String, Object> shot = driver.executeCdpCommand(
                "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        Path file = BrowserExtension.screenshotsDir().resolve("app").resolve(name + ".png");
        write(file, shot);
        // A long page also in parts of 1000 CSS pixels, readable at full size.
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        long width = ((Number) script("return document.documentElement.clientWidth")).longValue();
        if (height > 1400) {
            for (int part = 0; part * 1000L < height; part++) {
                Map<String, Object> clip = Map.of(
                        "x",
                        0,
                        "y",
                        part * 1000,
                        "width",
                        width,
                        "height",
                        Math.min(1000, height - part * 1000L),
                        "scale",
                        1);
                write(
                        file.resolveSibling(name + "-part" + (part + 1) + ".png"),
                        driver.executeCdpCommand(
                                "Page.captureScreenshot",
                                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip)));
            }
        }
        assertAccessible(name);
        return file;
    }

    private static void write(Path file, Map<String, Object> shot) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path screenshot(String name) {
        Path file = BrowserExtension.screenshotsDir().resolve("review").resolve(name + ".png");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the page keeps in the browser: sessionStorage and localStorage keys and the cookies' names. */
    public Map<String, Object> storage() {
        @SuppressWarnings("unchecked")
        Map<String, Object> kept = (Map<String, Object>)
                script(
                        "return {session: Object.keys(sessionStorage), local: Object.keys(localStorage), cookies: document.cookie};");
        return kept;
    }

    /** Problems the browser reported (CSP refusals, script errors, failed loads other than the API's own answers). */
    public List<String> browserErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("/api/v1/"))
                .collect(Collectors.toList());
    }

    public void assertNoBrowserErrors() {
        List<String> errors = browserErrors();
        assertTrue(errors.isEmpty(), () -> "the browser reported: " + errors);
    }

    public void assertTitleIs(String expected) {
        assertEquals(expected, driver.getTitle());
    }

    /** Waits until the condition holds (exceptions while waiting count as not yet). */
    public void until(BooleanSupplier condition) {
        new WebDriverWait(driver, PATIENCE).ignoring(RuntimeException.class).until(d -> condition.getAsBoolean());
    }

    /** Waits until the search finds something, and returns it. */
    public <T> T find(Supplier<Optional<T>> search) {
        return new WebDriverWait(driver, PATIENCE)
                .ignoring(RuntimeException.class)
                .until(d -> search.get().orElse(null));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
