package org.eclipse.swt.archfixture;

/** Stands for SWT in {@code org.hillmix.architecture.RulesCanFailTest}. */
public class FakeWidget {
}
