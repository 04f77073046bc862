package org.hillmix.ui.internal.archfixture;

/** A class of ui's internal packages (fixture of {@code org.hillmix.architecture.RulesCanFailTest}). */
public class Hidden {
}
