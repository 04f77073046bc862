package org.hillmix.core.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The NumPy element types HILLmix reads and writes, with their {@code .npy} type code (the
 * {@code descr} string without its byte-order character) and element size in bytes.
 */
public enum NpyDtype {
    /** {@code bool}, one byte, 0 = false, anything else = true. */
    BOOL("b1", 1, false),
    /** {@code int8}. */
    INT8("i1", 1, false),
    /** {@code int16}. */
    INT16("i2", 2, false),
    /** {@code int32}. */
    INT32("i4", 4, false),
    /** {@code int64}. */
    INT64("i8", 8, false),
    /** {@code uint8}. */
    UINT8("u1", 1, false),
    /** {@code uint16}. */
    UINT16("u2", 2, false),
    /** {@code uint32}. */
    UINT32("u4", 4, false),
    /** {@code float32} (IEEE 754 single). */
    FLOAT32("f4", 4, true),
    /** {@code float64} (IEEE 754 double). */
    FLOAT64("f8", 8, true);

    private final String code;
    private final int size;
    private final boolean floating;

    NpyDtype(String code, int size, boolean floating) {
        this.code = code;
        this.size = size;
        this.floating = floating;
    }

    /** The type code without byte order, e.g. {@code "f8"}. */
    public String code() {
        return code;
    }

    /** Bytes per element. */
    public int size() {
        return size;
    }

    /** Whether the elements are floating-point numbers. */
    public boolean isFloatingPoint() {
        return floating;
    }

    /** The NumPy name, e.g. {@code "float64"}. */
    public String numpyName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The dtype with type code {@code code} (e.g. {@code "i8"}), or {@code null} when HILLmix does
     * not support it.
     */
    public static NpyDtype ofCode(String code) {
        for (NpyDtype d : values()) {
            if (d.code.equals(code)) {
                return d;
            }
        }
        return null;
    }

    /** The supported types, for error messages: {@code "bool, int8, ..."}. */
    public static String supportedList() {
        return Arrays.stream(values()).map(NpyDtype::numpyName).collect(Collectors.joining(", "));
    }
}
