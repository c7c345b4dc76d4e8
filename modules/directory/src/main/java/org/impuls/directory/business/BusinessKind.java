package org.impuls.directory.business;

/** Commercial businesses pay the membership fee; clubs and social institutions are admitted free. */
public enum BusinessKind { COMMERCIAL, CLUB, SOCIAL_INSTITUTION }
