package org.impuls.shop.order;

/**
 * A postal address in Germany as the customer gave it; {@code company} and {@code vatId} are optional (business
 * buyers' invoices), {@code vatId} only on the billing address.
 */
public record Address(
        String name, String company, String vatId, String street, String postalCode, String city, String country) {}
