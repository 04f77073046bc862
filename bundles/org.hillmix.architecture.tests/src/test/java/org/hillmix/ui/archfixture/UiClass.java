package org.hillmix.ui.archfixture;

import org.hillmix.server.archfixture.ServerClass;
import org.hillmix.ui.internal.archfixture.Hidden;

/** A workbench class (fixture of {@code org.hillmix.architecture.RulesCanFailTest}). */
public class UiClass {
}

/** Deliberate violation: a workbench class linking a server class. */
class UsesServer {
    ServerClass server;
}

/** Allowed: ui using its own internal package. */
class UsesOwnInternal {
    Hidden hidden;
}
