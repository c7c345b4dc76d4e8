package org.impuls.core.api;

/**
 * Extension point of the GDPR data export: a module adds what it holds about an account (orders,
 * bookings, applications …) as one named section of the export.
 */
public interface PersonalDataSource {

    /** Name of the section in the export, e.g. {@code shop.orders}. */
    String section();

    /** Data that JSON-B can write: records, lists, maps, strings, numbers. */
    Object export(long accountId);
}
