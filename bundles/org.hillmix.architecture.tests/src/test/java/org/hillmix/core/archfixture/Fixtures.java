package org.hillmix.core.archfixture;

import org.eclipse.jetty.archfixture.FakeServer;
import org.hillmix.ui.archfixture.UiClass;

/** Deliberate violations for {@code org.hillmix.architecture.RulesCanFailTest}: a core class using Jetty. */
class CoreUsingJetty {
    FakeServer server;
}

/** A core class using a workbench class. */
class CoreUsingUi {
    UiClass ui;
}
