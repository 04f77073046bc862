package org.hillmix.core.mixup;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The file name of a mixed image in the published H-Mix layouts, which names the two end points
 * and the mixing factor {@code lambda} of {@code lambda * img1 + (1 - lambda) * img2}:
 * <ul>
 * <li>{@link Style#MIXED}: {@code mixed_<lambda>_<Class1>_<id1>_<Class2>_<id2>.png}, as in
 * {@code stimuli/categorical} and {@code stimuli/infer-mixing-factor}, e.g.
 * {@code mixed_0.25_Airplane_1434_Automobile_764.png};</li>
 * <li>{@link Style#SERIES}: {@code <Class1>_<id1>_<Class2>_<id2>_<lambda>.png}, as in
 * {@code stimuli/midpoint-series/<Class1>_<id1>_<Class2>_<id2>/}, e.g.
 * {@code Airplane_1596_Frog_3615_0.0.png}.</li>
 * </ul>
 * Written forms, matching the published files:
 * <ul>
 * <li>lambda: the shortest decimal that reads back as the same double, with at least one
 * digit after the point and no exponent ({@code 0.0}, {@code 0.1}, {@code 0.25}, {@code 1.0});
 * parsing accepts any plain decimal in [0, 1];</li>
 * <li>class: the class name with its first letter upper-cased ({@code airplane} becomes
 * {@code Airplane}); parsing keeps the text as written (resolve it with
 * {@link org.hillmix.core.data.ClassSet#indexOf}, which ignores case);</li>
 * <li>class and id tokens may hold letters, digits, {@code .} and {@code -} only, because
 * {@code _} separates the parts; {@link #token(String)} makes any text such a token.</li>
 * </ul>
 *
 * @param style which of the two layouts
 * @param lambda the weight of image 1, in [0, 1]
 * @param class1 class token of image 1
 * @param id1 id token of image 1
 * @param class2 class token of image 2
 * @param id2 id token of image 2
 */
public record StimulusName(Style style, double lambda, String class1, String id1, String class2, String id2) {

    /** The two published name layouts. */
    public enum Style {
        /** {@code mixed_<lambda>_<Class1>_<id1>_<Class2>_<id2>.png}. */
        MIXED,
        /** {@code <Class1>_<id1>_<Class2>_<id2>_<lambda>.png}. */
        SERIES
    }

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9.\\-]+");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");
    private static final String EXT = ".png";

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException when lambda is outside [0, 1] or a token is empty or holds a
     *             character other than letters, digits, {@code .} and {@code -}
     */
    public StimulusName {
        Objects.requireNonNull(style, "style");
        checkLambda(lambda);
        checkToken("class 1", class1);
        checkToken("id 1", id1);
        checkToken("class 2", class2);
        checkToken("id 2", id2);
    }

    private static void checkLambda(double lambda) {
        if (!(lambda >= 0 && lambda <= 1)) {
            throw new IllegalArgumentException("lambda " + lambda + " is outside [0, 1]");
        }
    }

    private static void checkToken(String what, String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new IllegalArgumentException(what + " '" + token + "' must be non-empty and hold only letters,"
                    + " digits, '.' and '-' (use StimulusName.token to convert it)");
        }
    }

    /**
     * A name with the published capitalisation: {@code classN} is a class name (first letter
     * upper-cased here), {@code idN} an item id (made a token with {@link #token(String)}).
     */
    public static StimulusName of(Style style, double lambda, String className1, String itemId1, String className2,
            String itemId2) {
        return new StimulusName(style, lambda, classToken(className1), token(itemId1), classToken(className2),
                token(itemId2));
    }

    /** {@code className} as written in names: a {@link #token(String) token} with its first letter upper-cased. */
    public static String classToken(String className) {
        String t = token(className);
        return t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
    }

    /**
     * {@code text} as a name token: the part after the last {@code /} (so image-folder ids
     * {@code cat/img_01} become {@code img-01}), with every character other than ASCII letters,
     * digits, {@code .} and {@code -} replaced by {@code -}.
     */
    public static String token(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("cannot make a name token of an empty text");
        }
        String last = text.substring(text.lastIndexOf('/') + 1);
        if (last.isEmpty()) {
            last = text;
        }
        StringBuilder sb = new StringBuilder(last.length());
        for (int i = 0; i < last.length(); i++) {
            char c = last.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-';
            sb.append(ok ? c : '-');
        }
        return sb.toString();
    }

    /**
     * {@code lambda} as written in names: the shortest decimal that reads back as the same
     * double, at least one digit after the point, no exponent: {@code 0.0}, {@code 0.25},
     * {@code 1.0}, {@code 0.30000000000000004}.
     */
    public static String formatLambda(double lambda) {
        checkLambda(lambda);
        // Double.toString gives the shortest round-tripping digits (JDK 19+), possibly with an exponent
        String s = new BigDecimal(Double.toString(lambda)).stripTrailingZeros().toPlainString();
        return s.indexOf('.') < 0 ? s + ".0" : s;
    }

    /** The pair part {@code <Class1>_<id1>_<Class2>_<id2>}, also the series folder name. */
    public String pairKey() {
        return class1 + "_" + id1 + "_" + class2 + "_" + id2;
    }

    /** The file name, e.g. {@code mixed_0.1_Airplane_1434_Automobile_764.png}. */
    public String fileName() {
        return style == Style.MIXED ? "mixed_" + formatLambda(lambda) + "_" + pairKey() + EXT
                : pairKey() + "_" + formatLambda(lambda) + EXT;
    }

    /**
     * Parses a file name of either style: {@link Style#MIXED} when it starts with {@code mixed_},
     * else {@link Style#SERIES}.
     *
     * @throws IllegalArgumentException saying which part of the name is wrong
     */
    public static StimulusName parse(String fileName) {
        return parse(fileName, fileName.startsWith("mixed_") ? Style.MIXED : Style.SERIES);
    }

    /**
     * Parses a file name of the given style.
     *
     * @throws IllegalArgumentException saying which part of the name is wrong
     */
    public static StimulusName parse(String fileName, Style style) {
        String layout = style == Style.MIXED ? "mixed_<lambda>_<Class1>_<id1>_<Class2>_<id2>.png"
                : "<Class1>_<id1>_<Class2>_<id2>_<lambda>.png";
        String where = "stimulus file name '" + fileName + "'";
        if (!fileName.endsWith(EXT)) {
            throw new IllegalArgumentException(where + " does not end in .png (expected " + layout + ")");
        }
        String[] parts = fileName.substring(0, fileName.length() - EXT.length()).split("_", -1);
        int expected = style == Style.MIXED ? 6 : 5;
        if (parts.length != expected) {
            throw new IllegalArgumentException(where + " has " + parts.length + " parts separated by '_', expected "
                    + expected + " (" + layout + ")");
        }
        int o = 0;
        String lambdaText;
        if (style == Style.MIXED) {
            if (!parts[0].equals("mixed")) {
                throw new IllegalArgumentException(where + ": part 1 '" + parts[0] + "' should be 'mixed' (" + layout
                        + ")");
            }
            lambdaText = parts[1];
            o = 2;
        } else {
            lambdaText = parts[4];
        }
        String[] labels = {"class 1", "id 1", "class 2", "id 2"};
        for (int k = 0; k < 4; k++) {
            if (!TOKEN.matcher(parts[o + k]).matches()) {
                throw new IllegalArgumentException(where + ": " + labels[k] + " (part " + (o + k + 1) + ") '"
                        + parts[o + k] + "' is empty or holds characters other than letters, digits, '.' and '-'");
            }
        }
        int lambdaPart = style == Style.MIXED ? 2 : 5;
        if (!DECIMAL.matcher(lambdaText).matches()) {
            throw new IllegalArgumentException(where + ": lambda (part " + lambdaPart + ") '" + lambdaText
                    + "' is not a decimal number such as 0.25");
        }
        double lambda = Double.parseDouble(lambdaText);
        if (lambda > 1) {
            throw new IllegalArgumentException(where + ": lambda (part " + lambdaPart + ") " + lambdaText
                    + " is outside [0, 1]");
        }
        return new StimulusName(style, lambda, parts[o], parts[o + 1], parts[o + 2], parts[o + 3]);
    }

    @Override
    public String toString() {
        return fileName();
    }
}
