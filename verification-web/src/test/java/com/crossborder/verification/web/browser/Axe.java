package com.crossborder.verification.web.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.json.TypeToken;

/**
 * axe-core from its WebJar, injected with executeScript (evaluated through DevTools, which the page's
 * Content-Security-Policy does not govern), run on the WCAG 2.0/2.1 A and AA rules.
 */
public final class Axe {

    private static final String SOURCE = load("META-INF/resources/webjars/axe-core/" + webJarVersion() + "/axe.min.js");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    /** One failed rule and the CSS selectors of the elements that break it. */
    public record Violation(String id, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return impact + " " + id + ": " + help + " " + targets;
        }
    }

    private Axe() {}

    public static List<Violation> run(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!"object".equals(js.executeScript("return typeof window.axe"))) {
            js.executeScript(SOURCE);
        }
        String result = (String) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                                   resultTypes: ['violations']})
                  .then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                      targets: v.nodes.map(n => n.target.join(' '))})))))
                  .catch(e => done(JSON.stringify({error: String(e && e.stack || e)})));
                """);
        if (result.startsWith("{")) {
            throw new IllegalStateException("axe.run failed: " + result);
        }
        return new Json().toType(result, new TypeToken<List<Violation>>() {}.getType());
    }

    /** Fails on serious or critical violations; prints the others. */
    public static void assertNoSeriousViolations(WebDriver driver, String screen) {
        List<Violation> all = run(driver);
        List<Violation> blocking =
                all.stream().filter(v -> BLOCKING.contains(v.impact())).toList();
        all.stream()
                .filter(v -> !blocking.contains(v))
                .forEach(v -> System.out.println("[axe, not blocking] " + screen + ": " + v));
        if (!blocking.isEmpty()) {
            throw new AssertionError("axe-core found serious or critical violations on " + screen + ":\n  "
                    + blocking.stream().map(Violation::toString).collect(Collectors.joining("\n  ")));
        }
    }

    private static String webJarVersion() {
        try (InputStream in = Axe.class
                .getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("org.webjars.npm:axe-core is not on the test classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String load(String resource) {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
