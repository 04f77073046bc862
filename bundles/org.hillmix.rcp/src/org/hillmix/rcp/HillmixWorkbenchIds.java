package org.hillmix.rcp;

import java.util.List;

/**
 * Identifiers of the standalone workbench: its application, product and perspectives, and the view ids the
 * perspectives arrange. Views that are not installed are laid out as placeholders, so a perspective never
 * fails because a HILLmix bundle is missing.
 */
public final class HillmixWorkbenchIds {

    /** The application extension ({@code org.eclipse.core.runtime.applications}). */
    public static final String APPLICATION = "org.hillmix.rcp.application";
    /** The product extension ({@code org.eclipse.core.runtime.products}). */
    public static final String PRODUCT = "org.hillmix.rcp.product";

    /** The perspective for annotators: the elicitation views, one tab per protocol. */
    public static final String PERSPECTIVE_ANNOTATION = "org.hillmix.rcp.perspective.annotation";
    /** The perspective for study leads: label distributions, agreement, perception and calibration. */
    public static final String PERSPECTIVE_RESULTS = "org.hillmix.rcp.perspective.results";

    /** Prefix shared by every HILLmix view id. */
    public static final String VIEW_ID_PREFIX = "org.hillmix.";

    /** Categorical soft-label elicitation. */
    public static final String VIEW_CATEGORICAL = "org.hillmix.ui.views.categorical";
    /** Perceived mixing factor elicitation. */
    public static final String VIEW_MIXING_FACTOR = "org.hillmix.ui.views.mixingFactor";
    /** Construct-the-midpoint elicitation. */
    public static final String VIEW_CONSTRUCT_MIDPOINT = "org.hillmix.ui.views.constructMidpoint";
    /** Select-the-shuffled-midpoint elicitation. */
    public static final String VIEW_SELECT_SHUFFLED = "org.hillmix.ui.views.selectShuffled";
    /** Free label-distribution elicitation. */
    public static final String VIEW_FREE_DISTRIBUTION = "org.hillmix.ui.views.freeDistribution";
    /** Merged label distributions of all journals. */
    public static final String VIEW_LABEL_DISTRIBUTION = "org.hillmix.ui.views.labelDistribution";
    /** Inter-annotator agreement. */
    public static final String VIEW_AGREEMENT = "org.hillmix.ui.views.agreement";
    /** Perceived versus true mixing factor. */
    public static final String VIEW_MIXUP_PERCEPTION = "org.hillmix.ui.views.mixupPerception";
    /** Calibration report fetched from an evaluation server. */
    public static final String VIEW_CALIBRATION_REPORT = "org.hillmix.ui.eval.views.calibrationReport";

    /** The New HILLmix Project wizard, listed under File > New in both perspectives. */
    public static final String WIZARD_NEW_PROJECT = "org.hillmix.ui.wizards.newProject";

    /** Elicitation views of the Annotation perspective, in tab order. */
    public static final List<String> ANNOTATION_VIEWS = List.of(VIEW_CATEGORICAL, VIEW_MIXING_FACTOR,
            VIEW_CONSTRUCT_MIDPOINT, VIEW_SELECT_SHUFFLED, VIEW_FREE_DISTRIBUTION);

    /** Views of the Results perspective. */
    public static final List<String> RESULTS_VIEWS = List.of(VIEW_LABEL_DISTRIBUTION, VIEW_AGREEMENT,
            VIEW_MIXUP_PERCEPTION, VIEW_CALIBRATION_REPORT);

    private HillmixWorkbenchIds() {
    }
}
