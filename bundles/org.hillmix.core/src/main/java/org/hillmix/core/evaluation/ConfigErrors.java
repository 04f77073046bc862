package org.hillmix.core.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects validation messages while a {@link JobConfig} is checked, each naming the offending field by
 * its JSON path (for example {@code regimes[2].alpha must be > 0}).
 */
public final class ConfigErrors {

    private final List<String> messages = new ArrayList<>();

    /** Records {@code message}. */
    public void add(String message) {
        messages.add(message);
    }

    /** Records "{@code field} is missing" when {@code value} is {@code null}; returns whether it was present. */
    public boolean require(Object value, String field) {
        if (value == null) {
            messages.add(field + " is missing");
            return false;
        }
        return true;
    }

    /** Records an error unless {@code value > 0}. */
    public void positive(Number value, String field) {
        if (value != null && !(value.doubleValue() > 0)) {
            messages.add(field + " must be > 0, got " + value);
        }
    }

    /** Records an error unless {@code min <= value <= max}. */
    public void range(Number value, double min, double max, String field) {
        if (value != null && !(value.doubleValue() >= min && value.doubleValue() <= max)) {
            messages.add(field + " must be between " + fmt(min) + " and " + fmt(max) + ", got " + value);
        }
    }

    /** Records an error unless {@code value} is one of {@code allowed}. */
    public void oneOf(String value, Collection<String> allowed, String field) {
        if (value != null && !allowed.contains(value)) {
            messages.add(field + " must be one of " + String.join(", ", allowed) + ", got '" + value + "'");
        }
    }

    /** Records an error when {@code value} is {@code null} or blank. */
    public void text(String value, String field) {
        if (value == null || value.isBlank()) {
            messages.add(field + " is missing or empty");
        }
    }

    /** The messages so far. */
    public List<String> messages() {
        return List.copyOf(messages);
    }

    /** Whether nothing was recorded. */
    public boolean isEmpty() {
        return messages.isEmpty();
    }

    /**
     * Throws an {@link IllegalArgumentException} listing every message on one line when there are any.
     *
     * @param what names the checked document, e.g. a file name
     */
    public void throwIfAny(String what) {
        if (!messages.isEmpty()) {
            throw new IllegalArgumentException("invalid job config" + (what == null ? "" : " " + what) + ": "
                    + String.join("; ", messages));
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
