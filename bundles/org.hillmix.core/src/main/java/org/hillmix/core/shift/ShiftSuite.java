package org.hillmix.core.shift;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The shift suite: every named shift, in the order of {@code docs/shifts.md}. Names are lower
 * case with hyphens; lookups also accept CIFAR-10-C's file names ({@code gaussian_noise},
 * {@code jpeg_compression}) and American spellings ({@code color-temperature}).
 */
public final class ShiftSuite {

    /** The mildest severity. */
    public static final int MIN_SEVERITY = 1;
    /** The strongest severity. */
    public static final int MAX_SEVERITY = 5;

    private static final List<ImageShift> ALL = List.of(
            new GaussianNoise(), new ShotNoise(), new ImpulseNoise(), new SpeckleNoise(),
            new DefocusBlur(), new GlassBlur(), new MotionBlur(), new ZoomBlur(), new GaussianBlur(),
            new Fog(),
            new Brightness(), new Contrast(), new Saturate(), new Pixelate(), new Jpeg(),
            new LightingDirection(), new ColourTemperature(), new BackgroundColour(), new BackgroundTexture(),
            new Occlusion(), new Rotation(), new Scale());

    private static final Map<String, ImageShift> BY_NAME = new LinkedHashMap<>();
    private static final Map<String, String> ALIASES = Map.of(
            "jpeg-compression", "jpeg",
            "color-temperature", "colour-temperature",
            "background-color", "background-colour",
            "saturation", "saturate",
            "frosted-glass-blur", "glass-blur");

    static {
        for (ImageShift s : ALL) {
            BY_NAME.put(s.name(), s);
        }
    }

    private ShiftSuite() {
    }

    /** Every shift. */
    public static List<ImageShift> all() {
        return ALL;
    }

    /** Every shift's name. */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /**
     * The shift called {@code name} (case and {@code _}/{@code -} ignored, aliases accepted).
     *
     * @throws IllegalArgumentException naming the unknown shift and listing the valid names
     */
    public static ImageShift byName(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        ImageShift s = BY_NAME.get(ALIASES.getOrDefault(key, key));
        if (s == null) {
            throw new IllegalArgumentException("unknown shift '" + name + "'; valid shifts: "
                    + String.join(", ", names()));
        }
        return s;
    }

    /**
     * Checks a severity.
     *
     * @throws IllegalArgumentException naming it and the valid severities 1-5
     */
    public static int checkSeverity(int severity) {
        if (severity < MIN_SEVERITY || severity > MAX_SEVERITY) {
            throw new IllegalArgumentException("severity " + severity + " is outside " + MIN_SEVERITY + "-"
                    + MAX_SEVERITY + "; valid severities: 1, 2, 3, 4, 5 (1 mildest)");
        }
        return severity;
    }
}
