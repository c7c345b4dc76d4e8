package org.impuls.core.account;

/** The platform's roles, as used in web.xml constraints and {@code isUserInRole}. */
public final class Roles {

    public static final String CUSTOMER = "CUSTOMER";
    public static final String MERCHANT = "MERCHANT";
    public static final String OPERATOR = "OPERATOR";

    private Roles() {}
}
