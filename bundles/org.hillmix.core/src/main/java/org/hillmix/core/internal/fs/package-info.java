/** File-system helpers: atomic file replacement. Not API. */
package org.hillmix.core.internal.fs;
