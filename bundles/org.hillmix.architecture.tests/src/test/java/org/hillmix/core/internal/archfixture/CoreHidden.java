package org.hillmix.core.internal.archfixture;

/** A class of the core's internal packages (fixture of {@code org.hillmix.architecture.RulesCanFailTest}). */
public class CoreHidden {
}
