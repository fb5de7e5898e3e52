package com.crossborder.verification.shared.infrastructure;

import java.util.ArrayList;
import java.util.List;

/**
 * Values for SQL {@code IN} lists, at most a thousand in one statement: PostgreSQL takes 32,767 parameters at most,
 * and a query with several such lists must stay well under that.
 */
public final class InLists {

    static final int MAX = 1000;

    private InLists() {}

    /** The values in order, in slices of at most {@value #MAX}. */
    public static <T> List<List<T>> slices(List<T> values) {
        List<List<T>> slices = new ArrayList<>();
        for (int from = 0; from < values.size(); from += MAX) {
            slices.add(values.subList(from, Math.min(values.size(), from + MAX)));
        }
        return slices;
    }
}
