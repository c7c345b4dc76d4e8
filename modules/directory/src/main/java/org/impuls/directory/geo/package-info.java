/**
 * Places of the region: the centre points of its postal codes, which the directory's search and other modules'
 * "within N km" filters start from.
 */
package org.impuls.directory.geo;
