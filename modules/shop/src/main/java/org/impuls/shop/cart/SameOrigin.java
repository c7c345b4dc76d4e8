package org.impuls.shop.cart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.impuls.core.api.PortalLinks;

/**
 * Whether a form post comes from a page of the portal itself (Origin, else Referer): the cart's plain HTML forms
 * ("In den Warenkorb", and the cart page's own forms) carry no JSF view state, so this is their protection against
 * cross-site requests, as for the API's cookie-authenticated writes (the same rule: {@link PortalLinks#isOwn}).
 */
@ApplicationScoped
class SameOrigin {

    @Inject
    PortalLinks portal;

    boolean of(HttpServletRequest request) {
        String source = request.getHeader("Origin");
        if (source == null || source.isBlank()) {
            source = request.getHeader("Referer");
        }
        return source != null && !source.isBlank() && portal.isOwn(source.strip());
    }
}
