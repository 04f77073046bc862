package org.hillmix.server.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a duration option: a whole number with a unit ({@code 90s}, {@code 30m}, {@code 12h}, {@code 7d}) or ISO-8601 ({@code PT90M}). */
public final class DurationConverter implements ITypeConverter<Duration> {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})([smhd])");

    @Override
    public Duration convert(String value) {
        Matcher m = SHORT.matcher(value.strip());
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            Duration d = switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
            return positive(d, value);
        }
        try {
            return positive(Duration.parse(value.strip()), value);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a duration; write e.g. 90s, 30m, 12h, 7d or PT90M");
        }
    }

    private static Duration positive(Duration d, String value) {
        if (d.isZero() || d.isNegative()) {
            throw new TypeConversionException("'" + value + "' must be a positive duration");
        }
        return d;
    }
}
