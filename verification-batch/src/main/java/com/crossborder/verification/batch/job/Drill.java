package com.crossborder.verification.batch.job;

/**
 * A planned failure for restart drills: with the job parameter {@code failAfter=N} a step fails after handling N
 * items in one execution; the restart, which does not carry the parameter, finishes the work from the checkpoint.
 */
public final class Drill {

    private final int failAfter;
    private int handled;

    public Drill(String failAfter) {
        this.failAfter = failAfter == null || failAfter.isBlank() ? 0 : Integer.parseInt(failAfter);
    }

    /** Counts one item; throws once the drill's limit is passed. */
    public void count() {
        handled++;
        if (failAfter > 0 && handled > failAfter) {
            throw new IllegalStateException("restart drill: planned failure after " + failAfter + " items");
        }
    }
}
