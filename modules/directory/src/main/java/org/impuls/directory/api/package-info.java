/**
 * What other modules may use of the directory: {@link org.impuls.directory.api.BusinessDirectory} (businesses with
 * their kind, address, size and legal data; their {@link org.impuls.directory.api.BusinessHours opening hours}; the
 * centre of a postal code as a {@link org.impuls.directory.api.GeoPoint}), search summaries, the slot names of its
 * pages ({@link org.impuls.directory.api.DirectorySlots}) and the {@link org.impuls.directory.api.BusinessChanged}
 * event. See {@code src/docs/directory-api.md}.
 */
package org.impuls.directory.api;
