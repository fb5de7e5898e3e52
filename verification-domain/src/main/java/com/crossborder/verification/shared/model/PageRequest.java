package com.crossborder.verification.shared.model;

/**
 * A page of a list as a client asks for it ({@code page} from 0, {@code size} items), read from query text. A page
 * that is not a number, negative, a size outside its bounds, or a page so far out that {@code page × size} passes
 * {@value #MAX_OFFSET} (or would overflow) is refused with 422 {@code INVALID_QUERY_PARAMETER} or
 * {@code PAGE_OUT_OF_RANGE}: nobody pages a million rows deep, and the offset must never wrap round to a negative.
 */
public record PageRequest(int page, int size) {

    /** The furthest row a page may start at. */
    public static final long MAX_OFFSET = 1_000_000;

    public PageRequest {
        offset(page, size);
    }

    /** Reads {@code page} and {@code size} as given in a query; {@code size} from 1 to {@code maxSize}. */
    public static PageRequest parse(String page, String size, int maxSize) {
        int pageNumber = number("page", page, Integer.MAX_VALUE);
        int pageSize = number("size", size, maxSize);
        if (pageSize < 1) {
            throw Rejection.onField("size", Reason.INVALID_QUERY_PARAMETER);
        }
        return new PageRequest(pageNumber, pageSize);
    }

    /** The first row of the page; refused when the page lies beyond {@link #MAX_OFFSET}. */
    public static int offset(int page, int size) {
        if (page < 0) {
            throw Rejection.onField("page", Reason.INVALID_QUERY_PARAMETER);
        }
        if (size < 1) {
            throw Rejection.onField("size", Reason.INVALID_QUERY_PARAMETER);
        }
        long offset = (long) page * size;
        if (offset > MAX_OFFSET) {
            throw Rejection.onField("page", Reason.PAGE_OUT_OF_RANGE);
        }
        return (int) offset;
    }

    public int offset() {
        return offset(page, size);
    }

    private static int number(String field, String value, int max) {
        if (value == null || !value.strip().matches("[0-9]{1,10}")) {
            throw Rejection.onField(field, Reason.INVALID_QUERY_PARAMETER);
        }
        long parsed = Long.parseLong(value.strip());
        if (parsed > max) {
            throw Rejection.onField(field, Reason.INVALID_QUERY_PARAMETER);
        }
        return (int) parsed;
    }
}
