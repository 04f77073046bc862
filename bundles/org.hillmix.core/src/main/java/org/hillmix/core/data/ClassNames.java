package org.hillmix.core.data;

import java.util.Locale;

/**
 * How class names and class pairs are written wherever HILLmix shows them: in lower case, a pair as
 * {@code class1 / class2}. Sources spell classes differently (the workbench's stimuli carry the data set's names,
 * e.g. {@code cat}; H-Mix file names and imports capitalise them, e.g. {@code Cat_9967}), and the same pair must
 * not appear twice under two spellings.
 */
public final class ClassNames {

    private ClassNames() {
    }

    /** A class name as shown: lower case (Unicode-aware, independent of the user's locale), trimmed. */
    public static String display(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** A class pair as shown: {@code class1 / class2}, both {@link #display displayed}. */
    public static String pair(String class1, String class2) {
        return display(class1) + " / " + display(class2);
    }
}
