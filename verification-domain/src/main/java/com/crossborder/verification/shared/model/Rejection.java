package com.crossborder.verification.shared.model;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A command the domain refuses, with a stable reason code; adapters turn it into their own answer
 * (problem+json for the API, a skipped item or a reason for the nightly jobs).
 */
public class Rejection extends RuntimeException {

    /** What kind of refusal this is, independent of any protocol. */
    public enum Kind {
        /** A business rule is violated by the input. */
        RULE_VIOLATED,
        /** The object is not in a state that allows the command. */
        STATE_CONFLICT,
        /** The object does not exist, or is not the caller's to see. */
        NOT_FOUND,
        /** The caller may not do this. */
        FORBIDDEN,
        /** The caller is not who they claim to be. */
        UNAUTHENTICATED,
        /** Too many attempts; try again later. */
        RATE_LIMITED,
        /** What was sent is larger than allowed. */
        TOO_LARGE,
        /** The work cannot be taken on right now (capacity is full); the same request may succeed later. */
        UNAVAILABLE
    }

    /** One problem with one input field. */
    public record FieldProblem(String field, Reason code) {}

    private final Kind kind;
    private final Reason code;
    private final List<FieldProblem> problems;
    private final Duration retryAfter;

    protected Rejection(Kind kind, Reason code, List<FieldProblem> problems, Duration retryAfter) {
        super(code.name(), null, false, false);
        this.kind = kind;
        this.code = code;
        this.problems = List.copyOf(problems);
        this.retryAfter = retryAfter;
    }

    public static Rejection ruleViolated(Reason code) {
        return new Rejection(Kind.RULE_VIOLATED, code, List.of(), null);
    }

    public static Rejection ruleViolated(Reason code, List<FieldProblem> problems) {
        return new Rejection(Kind.RULE_VIOLATED, code, problems, null);
    }

    public static Rejection onField(String field, Reason code) {
        return new Rejection(Kind.RULE_VIOLATED, code, List.of(new FieldProblem(field, code)), null);
    }

    public static Rejection stateConflict(Reason code) {
        return new Rejection(Kind.STATE_CONFLICT, code, List.of(), null);
    }

    public static Rejection notFound(Reason code) {
        return new Rejection(Kind.NOT_FOUND, code, List.of(), null);
    }

    public static Rejection forbidden(Reason code) {
        return new Rejection(Kind.FORBIDDEN, code, List.of(), null);
    }

    public static Rejection unauthenticated(Reason code) {
        return new Rejection(Kind.UNAUTHENTICATED, code, List.of(), null);
    }

    public static Rejection tooLarge(String field, Reason code) {
        return new Rejection(Kind.TOO_LARGE, code, List.of(new FieldProblem(field, code)), null);
    }

    public static Rejection rateLimited(Reason code, Duration retryAfter) {
        return new Rejection(Kind.RATE_LIMITED, code, List.of(), retryAfter);
    }

    /** The server is at capacity for this kind of work: try again after {@code retryAfter}. */
    public static Rejection unavailable(Reason code, Duration retryAfter) {
        return new Rejection(Kind.UNAVAILABLE, code, List.of(), retryAfter);
    }

    public Kind kind() {
        return kind;
    }

    public Reason code() {
        return code;
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
