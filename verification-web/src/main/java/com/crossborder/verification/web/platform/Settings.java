package com.crossborder.verification.web.platform;

import com.crossborder.verification.shared.model.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Turns MicroProfile Config into the plain values the domain is built with. */
@ApplicationScoped
public class Settings {

    @Inject
    @ConfigProperty(name = "verification.data-dir", defaultValue = "./data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "verification.business-zone", defaultValue = "Asia/Shanghai")
    String businessZone;

    /** The directory that holds the embedded database, development keys and other local state. */
    public Path dataDirectory() {
        return Path.of(dataDir);
    }

    @Produces
    @Singleton
    BusinessClock businessClock() {
        return BusinessClock.system(ZoneId.of(businessZone));
    }
}
