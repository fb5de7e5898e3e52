package com.crossborder.verification.web.platform;

import com.crossborder.verification.account.model.LoginPolicy;
import com.crossborder.verification.account.model.SmsCodePolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The account context's limits: SMS codes and logins (see the README for every key). */
@ApplicationScoped
public class AccountSettings {

    @Inject
    @ConfigProperty(name = "verification.sms.code-lifetime", defaultValue = "PT5M")
    Duration codeLifetime;

    @Inject
    @ConfigProperty(name = "verification.sms.code-max-wrong-tries", defaultValue = "5")
    int codeMaxWrongTries;

    @Inject
    @ConfigProperty(name = "verification.sms.resend-cooldown", defaultValue = "PT60S")
    Duration resendCooldown;

    @Inject
    @ConfigProperty(name = "verification.sms.codes-per-number-per-day", defaultValue = "10")
    int codesPerNumberPerDay;

    @Inject
    @ConfigProperty(name = "verification.sms.codes-per-client-per-hour", defaultValue = "30")
    int codesPerClientPerHour;

    @Inject
    @ConfigProperty(name = "verification.login.max-failures", defaultValue = "5")
    int loginMaxFailures;

    @Inject
    @ConfigProperty(name = "verification.login.lock-duration", defaultValue = "PT15M")
    Duration loginLockDuration;

    @Inject
    @ConfigProperty(name = "verification.login.max-failures-per-login", defaultValue = "20")
    int loginMaxFailuresPerLogin;

    @Inject
    @ConfigProperty(name = "verification.login.max-failures-per-source", defaultValue = "50")
    int loginMaxFailuresPerSource;

    @Inject
    @ConfigProperty(name = "verification.login.failure-window", defaultValue = "PT1H")
    Duration loginFailureWindow;

    @Produces
    @Singleton
    SmsCodePolicy smsCodePolicy() {
        return new SmsCodePolicy(
                codeLifetime, codeMaxWrongTries, resendCooldown, codesPerNumberPerDay, codesPerClientPerHour);
    }

    @Produces
    @Singleton
    LoginPolicy loginPolicy() {
        return new LoginPolicy(
                loginMaxFailures,
                loginLockDuration,
                loginMaxFailuresPerLogin,
                loginMaxFailuresPerSource,
                loginFailureWindow);
    }
}
