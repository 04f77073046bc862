/** Cancellable progress reporting for long, UI-free operations. */
package org.hillmix.core.progress;
