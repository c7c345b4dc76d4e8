package org.impuls.shop.order;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The paths of the customer's order pages, in one place for the routes and the mails' links. */
final class OrderLinks {

    static final String GUEST = "/bestellung";
    static final String ACCOUNT = "/konto/bestellungen";

    private OrderLinks() {}

    /** A guest's page: the token is the only key to it. */
    static String guest(String token) {
        return GUEST + "/" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** The logged-in customer's page of one order. */
    static String account(String number) {
        return ACCOUNT + "/" + URLEncoder.encode(number, StandardCharsets.UTF_8);
    }
}
