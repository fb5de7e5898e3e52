package com.crossborder.verification.web.platform;

import com.crossborder.verification.account.usecase.AdminBootstrap;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** After the migrations: makes sure there is an administrator to log in with. */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

    @Inject
    AdminBootstrap bootstrap;

    @Inject
    @ConfigProperty(name = "verification.admin.initial-password")
    Optional<String> initialPassword;

    @PostConstruct
    void ensureAdministrator() {
        Optional<String> generated;
        try {
            generated = createUnlessThere();
        } catch (IllegalStateException refused) {
            throw refused;
        } catch (RuntimeException raced) {
            // Another node starting at the same moment on the same database created the account first, and the unique
            // username refused ours: looking again finds it.
            LOG.info(() -> "The administrator account was created by another node meanwhile: " + raced);
            generated = createUnlessThere();
        }
        generated.ifPresent(password -> LOG.warning(
                "Created the administrator account '" + AdminBootstrap.ADMIN_USERNAME + "' with the password "
                        + password + " — this is shown once; change it, or set verification.admin.initial-password."));
    }

    private Optional<String> createUnlessThere() {
        try {
            return bootstrap.ensureAdministrator(initialPassword);
        } catch (Rejection weak) {
            throw new IllegalStateException("verification.admin.initial-password breaks the password rules ("
                    + weak.code() + "): 8-64 characters with letters and digits, not containing 'admin'");
        }
    }
}
