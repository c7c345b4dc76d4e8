package org.impuls.core.api;

/**
 * CDI event: an account was deleted and its personal data erased. Modules erase or anonymise what
 * they hold about it, keeping what tax law requires (orders, invoices) blocked from other use.
 */
public record AccountDeleted(long accountId) {}
