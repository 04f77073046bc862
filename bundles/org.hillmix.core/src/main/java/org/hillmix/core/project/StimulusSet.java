package org.hillmix.core.project;

/**
 * A set of stimuli in the project's {@code stimuli/<name>} folder (with its {@code manifest.csv}).
 *
 * @param name the set's name, also its folder name under {@code stimuli/}
 * @param layout {@code flat} (one image per stimulus) or {@code series} (11-frame midpoint series)
 * @param pairs number of image pairs mixed
 * @param lambdas how lambdas were chosen, e.g. {@code grid:0.1,0.5} or {@code beta:0.4x3}
 * @param seed the random seed of the generation
 */
public record StimulusSet(String name, String layout, int pairs, String lambdas, long seed) {

    /** Checks the name (used as a folder name) and the layout. */
    public StimulusSet {
        HillmixProject.checkName(name, "stimulus set name");
        if (!"flat".equals(layout) && !"series".equals(layout)) {
            throw new IllegalArgumentException("stimulus set '" + name + "': layout must be flat or series, got '"
                    + layout + "'");
        }
        if (pairs < 1) {
            throw new IllegalArgumentException("stimulus set '" + name + "': pairs must be at least 1");
        }
    }
}
