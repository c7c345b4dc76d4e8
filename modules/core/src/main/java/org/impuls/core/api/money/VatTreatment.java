package org.impuls.core.api.money;

import java.util.Optional;

/** How a seller deals with VAT: charged as usual, or not at all as a small business under § 19 UStG. */
public enum VatTreatment {
    REGULAR,
    /** § 19 UStG: no VAT is charged or shown; prices and invoices carry the legal notice instead. */
    SMALL_BUSINESS;

    /** Message key of the legal notice of a small business, in the core's message files ({@code #{msg[…]}}). */
    public static final String SMALL_BUSINESS_NOTICE = "core.vat.small-business";

    /** The message key of the notice an invoice or price must show for this treatment, if any. */
    public Optional<String> noticeKey() {
        return this == SMALL_BUSINESS ? Optional.of(SMALL_BUSINESS_NOTICE) : Optional.empty();
    }
}
