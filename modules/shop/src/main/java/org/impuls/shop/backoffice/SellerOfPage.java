package org.impuls.shop.backoffice;

import jakarta.faces.context.FacesContext;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.util.Optional;
import org.impuls.core.api.Caller;
import org.impuls.directory.api.BusinessDirectory.BusinessInfo;
import org.impuls.shop.catalog.Sellers;

/**
 * The business a back-office page is about: the one asked for ({@code ?business=}) or the caller's first;
 * a caller who may not manage it gets the refusal's status page (403, 404, 409) instead.
 */
public final class SellerOfPage {

    private SellerOfPage() {
    }

    public static Optional<BusinessInfo> resolve(Long requested, Caller caller, Sellers sellers) throws IOException {
        Long business = requested != null ? requested : caller.businessIds().stream().findFirst().orElse(null);
        try {
            return Optional.of(sellers.managedByCaller(business == null ? -1 : business));
        } catch (WebApplicationException refused) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(refused.getResponse().getStatus(), refused.getMessage());
            FacesContext.getCurrentInstance().responseComplete();
            return Optional.empty();
        }
    }
}
