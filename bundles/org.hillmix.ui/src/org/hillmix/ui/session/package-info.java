/**
 * The annotation session as a service: a task (an annotator, a class set and the items to judge),
 * the session that walks through it one item at a time and records each answer as a {@link
 * org.hillmix.core.protocol.Judgment} with its reaction time, the journal that stores judgments,
 * and {@link org.hillmix.ui.session.AnnotationSessionService}, the OSGi service through which
 * views find the current session. Nothing here touches SWT, so sessions are testable headless.
 */
package org.hillmix.ui.session;
