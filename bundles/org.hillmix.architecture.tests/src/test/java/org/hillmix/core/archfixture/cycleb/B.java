package org.hillmix.core.archfixture.cycleb;

import org.hillmix.core.archfixture.cyclea.A;

/** The other half of the deliberate package cycle. */
public class B {
    A a;
}
