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

    /** Records an error unless {@code value > 0} and finite (JSON such as {@code 1e999999} reads as infinity). */
    public void positive(Number value, String field) {
        if (value != null && !(value.doubleValue() > 0 && Double.isFinite(value.doubleValue()))) {
            messages.add(field + (Double.isFinite(value.doubleValue()) ? " must be > 0, got "
                    : " must be a finite number > 0, got ") + value);
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

    /**
     * Records an error when {@code value} is {@code null} or blank, or is not {@linkplain #printable(String, String)
     * printable}.
     */
    public void text(String value, String field) {
        if (value == null || value.isBlank()) {
            messages.add(field + " is missing or empty");
        } else {
            printable(value, field);
        }
    }

    /**
     * Records an error when {@code value} holds a control character (C0, DEL or C1: they would rewrite a terminal
     * line or a log entry when shown) or a lone UTF-16 surrogate (JSON's {@code \uD800} escape can make one; it is
     * not text and cannot be written as UTF-8). {@code null} passes: absence is the caller's business.
     */
    public void printable(String value, String field) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                messages.add(field + " must not contain control characters, got U+"
                        + String.format(java.util.Locale.ROOT, "%04X", (int) c) + " at character " + i);
                return;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                messages.add(field + " must be valid Unicode text, got a lone surrogate U+"
                        + String.format(java.util.Locale.ROOT, "%04X", (int) c) + " at character " + i);
                return;
            }
        }
    }

    /** Records an error when {@code list} has more than {@code max} entries; returns whether it is within. */
    public boolean atMost(java.util.List<?> list, int max, String field, String what) {
        if (list != null && list.size() > max) {
            messages.add(field + " must list at most " + max + " " + what + ", got " + list.size());
            return false;
        }
        return true;
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
