package org.hillmix.server.archfixture;

import org.eclipse.swt.archfixture.FakeWidget;
import org.hillmix.core.internal.archfixture.CoreHidden;

/** A server class (fixture of {@code org.hillmix.architecture.RulesCanFailTest}). */
public class ServerClass {
}

/** Deliberate violation: a server class using SWT. */
class ServerUsingSwt {
    FakeWidget widget;
}

/** Deliberate violation: the server using a core internal package other than csv and fs. */
class ServerUsingCoreInternal {
    CoreHidden hidden;
}
