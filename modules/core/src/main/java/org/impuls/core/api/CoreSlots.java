package org.impuls.core.api;

/** The slots of the core's pages and layout that modules and plugins fill ({@link SlotContribution#slot()}). */
public final class CoreSlots {

    /** Links in the page header beside the language switch (the cart, the account). */
    public static final String HEADER_TOOLS = "core.header.tools";

    /** Sections of the home page below its introduction. */
    public static final String HOME_SECTIONS = "core.home.sections";

    /** Sections of the customer's account page {@code /konto}. */
    public static final String ACCOUNT_SECTIONS = "core.account.sections";

    private CoreSlots() {}
}
