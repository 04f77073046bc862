/**
 * The annotation session as a workbench service: {@link
 * org.hillmix.ui.session.AnnotationSessionService}, the OSGi service through which views find the
 * current session, and which owns the session's journal and clock. The session itself (task,
 * session, journals) is UI-free and lives in the core ({@code org.hillmix.core.session}).
 */
package org.hillmix.ui.session;
