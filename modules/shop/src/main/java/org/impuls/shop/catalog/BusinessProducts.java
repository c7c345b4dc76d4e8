package org.impuls.shop.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.impuls.core.api.FormFeedback;
import org.impuls.core.api.PageRequest;
import org.impuls.shop.catalog.ProductViews.ProductSummary;

/** The newest products of a business, for its directory profile. */
@Named("businessProducts")
@RequestScoped
public class BusinessProducts {

    static final int SHOWN = 8;

    @Inject
    Catalog catalog;

    @Inject
    FormFeedback feedback;

    private Catalog.Result result;

    public List<ProductSummary> of(Object businessId) {
        return result(businessId).page().items();
    }

    public long total(Object businessId) {
        return result(businessId).page().total();
    }

    private Catalog.Result result(Object businessId) {
        if (result == null) {
            long id = Long.parseLong(String.valueOf(businessId));
            result = catalog.search(
                    new ProductSearch.Criteria(null, null, id, null, null, false, null, "newest"),
                    new PageRequest(1, SHOWN),
                    feedback.locale());
        }
        return result;
    }
}
