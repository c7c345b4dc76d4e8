package org.impuls.directory.api;

/** The slots on the directory's pages that other modules and plugins fill ({@code SlotContribution.slot()}). */
public final class DirectorySlots {

    /** Sections of a business's public profile, below its description; {@code #{slotSubject}} is the business id. */
    public static final String BUSINESS_SECTIONS = "directory.business.sections";

    private DirectorySlots() {}
}
