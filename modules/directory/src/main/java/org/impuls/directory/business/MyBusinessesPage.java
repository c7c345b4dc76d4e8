package org.impuls.directory.business;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs {@code /backoffice/directory/index.xhtml}: the businesses the merchant works for. */
@Named("myBusinesses")
@RequestScoped
public class MyBusinessesPage {

    @Inject
    BusinessAccess access;

    private List<Business> businesses;

    public List<Business> getBusinesses() {
        if (businesses == null) {
            businesses = access.mine();
        }
        return businesses;
    }
}
