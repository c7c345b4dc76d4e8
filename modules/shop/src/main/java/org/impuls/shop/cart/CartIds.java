package org.impuls.shop.cart;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** Cart ids nobody can guess: 128 random bits, base64url without padding (22 characters). */
final class CartIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{22}");

    private CartIds() {}

    static String next() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    /** Whether the text can be a cart id at all (anything else is not looked up). */
    static boolean wellFormed(String id) {
        return id != null && SHAPE.matcher(id).matches();
    }
}
