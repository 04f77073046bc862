/**
 * Data sets of the evaluation server: listing the server-side data-set folder, and importing uploaded zip or tar
 * archives of image folders with path-escape, link and zip-bomb protection and a decode check of every image.
 */
package org.hillmix.server.datasets;
