package org.hillmix.core.shift;

import java.nio.charset.StandardCharsets;

/**
 * Seeds for shifts. A shift's randomness (noise values, fog, angles, patch positions) comes from
 * a {@link java.util.SplittableRandom} seeded with {@link #streamSeed(long, String)}: it depends on
 * the caller's seed and the shift's name but <b>not</b> on the severity, so the five severities of
 * one image use the same random draws and differ only in their parameters (common random numbers:
 * distortion grows with severity instead of varying by chance).
 *
 * <p>A data set is shifted with one seed; item {@code id} gets {@link #itemSeed(long, String)},
 * so an item's shifted image does not depend on which other items are in the set or their order.
 * Both mix with SplitMix64's finaliser (Steele, Lea and Flood, OOPSLA 2014) and hash names with
 * 64-bit FNV-1a over UTF-8, so seeds are the same on every platform and Java version.
 */
public final class ShiftSeeds {

    private ShiftSeeds() {
    }

    /** The seed of item {@code id} in a data set shifted with {@code seed}. */
    public static long itemSeed(long seed, String id) {
        return mix(mix(seed) ^ fnv1a(id));
    }

    /** The seed of the random stream one shift uses on one image shifted with {@code seed}. */
    static long streamSeed(long seed, String shiftName) {
        return mix(seed ^ fnv1a(shiftName) * 0x9E3779B97F4A7C15L);
    }

    /** SplitMix64's output function: a bijection on 64-bit values that mixes every bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** 64-bit FNV-1a of the UTF-8 bytes of {@code s}. */
    static long fnv1a(String s) {
        long h = 0xCBF29CE484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001B3L;
        }
        return h;
    }
}
