package com.crossborder.verification.web;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR exactly as the build packaged it: the tests run against what ships, no hand-picked classes. */
public final class Deployments {

    private Deployments() {}

    public static WebArchive packagedWar() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("verification.war")));
    }
}
