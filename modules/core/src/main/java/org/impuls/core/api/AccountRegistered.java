package org.impuls.core.api;

/** CDI event: a new account was registered (not yet confirmed). */
public record AccountRegistered(long accountId, String language) {}
