package org.eclipse.jetty.archfixture;

/** Stands for Jetty in {@code org.hillmix.architecture.RulesCanFailTest}. */
public class FakeServer {
}
