/** The connection to an evaluation server: the local child-process server and the preference page. */
package org.hillmix.ui.eval.internal.server;
