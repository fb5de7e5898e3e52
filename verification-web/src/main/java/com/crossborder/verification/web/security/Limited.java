package com.crossborder.verification.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An anonymous endpoint whose requests per client address and minute are limited ({@link AnonymousLimits}). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Limited {

    /** Which limit: its key is {@code verification.http.limit.<group>} (requests per minute per client). */
    AnonymousLimits.Group value();
}
