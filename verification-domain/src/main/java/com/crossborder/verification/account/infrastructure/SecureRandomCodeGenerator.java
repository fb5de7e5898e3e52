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

    @Override
    public String temporaryPassword() {
        // No 0/O, 1/l/I: read out over the phone. Twelve letters and four digits, about 80 bits.
        String letters = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
        String digits = "23456789";
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            String from = i % 4 == 3 ? digits : letters;
            password.append(from.charAt(random.nextInt(from.length())));
        }
        return password.toString();
    }
}
