package org.impuls.directory.api;

/** What a business is: commercial businesses pay the membership fee and may sell; clubs and social institutions are admitted free. */
public enum BusinessKind {
    COMMERCIAL,
    CLUB,
    SOCIAL_INSTITUTION
}
