package org.impuls.directory.business;

/** Only APPROVED businesses are public. */
public enum BusinessStatus { PENDING, APPROVED, REJECTED, HIDDEN }
