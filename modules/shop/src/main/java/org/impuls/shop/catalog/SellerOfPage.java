package org.impuls.shop.catalog;

import java.util.Optional;
import org.impuls.core.api.Caller;
import org.impuls.core.api.PageAccess;
import org.impuls.directory.api.BusinessDirectory.BusinessInfo;

/** The business a back-office page is about, or the refusal's status page when the caller may not manage it. */
public final class SellerOfPage {

    private SellerOfPage() {}

    /** The business asked for ({@code ?business=}) or the caller's first. */
    public static Optional<BusinessInfo> resolve(Long requested, Caller caller, Sellers sellers) {
        Long business = requested != null
                ? requested
                : caller.businessIds().stream().findFirst().orElse(null);
        return Optional.ofNullable(
                PageAccess.loadOrRefuse(() -> sellers.managedByCaller(business == null ? -1 : business)));
    }
}
