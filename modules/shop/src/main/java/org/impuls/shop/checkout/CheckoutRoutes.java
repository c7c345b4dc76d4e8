package org.impuls.shop.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.impuls.core.api.PageRoute;
import org.impuls.core.api.RouteContributor;

/** {@code /kasse}: the checkout page. */
@ApplicationScoped
public class CheckoutRoutes implements RouteContributor {

    static final String PATH = "/kasse";

    @Override
    public List<PageRoute> routes() {
        return List.of(new PageRoute(PATH, "/shop/checkout.xhtml"));
    }
}
