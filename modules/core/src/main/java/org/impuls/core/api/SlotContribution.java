package org.impuls.core.api;

/**
 * A piece of page that a module puts into a named slot of another module's page: e.g. the shop's
 * cart link into the layout's {@code core.header.tools}, or a business's products into {@code
 * directory.business.sections}.
 *
 * @param slot the slot's name, prefixed with the id of the module that owns the page
 * @param fragment a facelet served from the contributor's jar, e.g. {@code /shop/fragments/cart-link.xhtml};
 *                 it sees what the page is about as {@code #{slotSubject}} (on a business profile: the business id)
 * @param order position among the slot's contributions; lower comes first
 */
public record SlotContribution(String slot, String fragment, int order) {}
