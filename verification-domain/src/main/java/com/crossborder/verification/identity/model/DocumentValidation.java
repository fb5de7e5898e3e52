package com.crossborder.verification.identity.model;

import java.util.List;

/** The verdict on a claimed document: every problem found, and the number when it is well-formed. */
public record DocumentValidation(DocumentNumber number, List<DocumentProblem> problems) {

    public DocumentValidation {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** Null when the number itself is malformed. */
    public String normalizedNumber() {
        return number == null ? null : number.normalized();
    }

    /** Null when the number itself is malformed. */
    public String maskedNumber() {
        return number == null ? null : number.masked();
    }
}
