package org.impuls.shop.api.payment;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * What the customer (or the shop's page) does after a payment was started: nothing ({@code NONE}, possibly with data
 * to show, such as bank-transfer details), go to the provider's page ({@code REDIRECT}), or let the page's script act
 * with the given data ({@code CLIENT}). Data values are JSON-friendly: strings, numbers, booleans, lists and maps.
 */
public record NextAction(Type type, String url, Map<String, Object> data) {

    public enum Type {
        NONE,
        REDIRECT,
        CLIENT
    }

    public NextAction {
        Objects.requireNonNull(type, "type");
        data = data == null ? Map.of() : Map.copyOf(data);
        if ((type == Type.REDIRECT) != (url != null)) {
            throw new IllegalArgumentException("a redirect, and only a redirect, has a URL");
        }
    }

    public static NextAction none() {
        return new NextAction(Type.NONE, null, Map.of());
    }

    /** Nothing to do now, with data the shop shows the customer (e.g. where to transfer the money). */
    public static NextAction none(Map<String, Object> data) {
        return new NextAction(Type.NONE, null, data);
    }

    public static NextAction redirect(URI url) {
        return new NextAction(Type.REDIRECT, url.toString(), Map.of());
    }

    public static NextAction client(Map<String, Object> data) {
        return new NextAction(Type.CLIENT, null, data);
    }
}
