package org.hillmix.core.archfixture.cyclea;

import org.hillmix.core.archfixture.cycleb.B;

/** One half of a deliberate package cycle (see {@code org.hillmix.architecture.RulesCanFailTest}). */
public class A {
    B b;
}
