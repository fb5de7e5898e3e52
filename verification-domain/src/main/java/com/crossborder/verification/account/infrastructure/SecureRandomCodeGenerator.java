package com.crossborder.verification.account.infrastructure;

import com.crossborder.verification.account.model.CodeGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;

/** Codes from the JDK's secure random source. */
@ApplicationScoped
public class SecureRandomCodeGenerator implements CodeGenerator {

    private final SecureRandom random = new SecureRandom();

    @Override
    public String sixDigits() {
        return String.format("%06d", random.nextInt(1_000_000));
    }
}
