package org.impuls.directory.business;

/** Staff proposed a new name or address for an admitted business; the admission's review takes it from here. */
public record ProfileChangeProposed(long businessId) {}
