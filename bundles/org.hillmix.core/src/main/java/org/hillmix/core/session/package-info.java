/**
 * The annotation session, free of any UI: a task (an annotator, a class set, the items to judge and
 * the study's soft-label scheme), built from a project's batch by {@link
 * org.hillmix.core.session.SessionTasks}; the {@link org.hillmix.core.session.AnnotationSession}
 * that walks through it one item at a time and records each answer as a {@link
 * org.hillmix.core.protocol.Judgment} with its reaction time (pauses and inactivity left out, on an
 * injected {@link org.hillmix.core.session.SessionClock}); the journals that store judgments (the
 * JSON Lines journal, forced to disk per judgment); and the reproducible per-item randomness of
 * the midpoint protocols ({@link org.hillmix.core.session.SeriesOrder}). A workbench view, a web
 * front end or a test drives the same session.
 */
package org.hillmix.core.session;
