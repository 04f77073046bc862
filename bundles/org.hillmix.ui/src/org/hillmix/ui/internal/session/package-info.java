/**
 * Implementation of {@link org.hillmix.ui.session.AnnotationSessionService} as a Declarative
 * Services component (descriptor generated from the annotations at build time, run by Felix SCR).
 */
package org.hillmix.ui.internal.session;
