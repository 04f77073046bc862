/**
 * Tests of the HILLmix workbench, run by tycho-surefire inside a real Eclipse workbench (UI
 * harness, UI thread): plain tests of the view helpers and the session, OSGi tests of the
 * Declarative Services component, and scripted UI tests that drive the views with real SWT events.
 */
package org.hillmix.ui.tests;
