package com.crossborder.verification.web.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class whose tests take a {@code ChromeDriver} parameter: one browser for the class, quit after it; when a test
 * fails, a screenshot, the page source and the browser console are kept under target/screenshots/&lt;class&gt;/.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {
    /** A phone (390×844 CSS pixels, mobile viewport, touch, a phone's user agent) instead of a 1280×800 desktop. */
    boolean phone() default false;
}
