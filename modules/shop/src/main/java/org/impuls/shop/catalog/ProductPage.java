package org.impuls.shop.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.impuls.core.api.FormFeedback;
import org.impuls.core.api.error.NotFoundException;
import org.impuls.shop.catalog.ProductViews.ProductDetails;
import org.impuls.shop.catalog.ProductViews.VariantView;

/** Backs {@code /produkte/<id>?v=<variant>}: the product page with its chosen variant. */
@Named("productPage")
@RequestScoped
public class ProductPage {

    @Inject
    Catalog catalog;

    @Inject
    FormFeedback feedback;

    private Long id;
    private Long variant;
    private ProductDetails product;

    /** Refuses an unknown or hidden product; the core answers the page with its 404 page. */
    public void load() {
        if (id == null) {
            throw new NotFoundException("Which product? The address names none.");
        }
        product = catalog.details(id, feedback.locale());
    }

    /** The chosen variant, else the first buyable one, else the first. */
    public VariantView getChosen() {
        return product.variants().stream()
                .filter(v -> variant != null && v.id() == variant)
                .findFirst()
                .orElseGet(() -> product.variants().stream()
                        .filter(VariantView::buyable)
                        .findFirst()
                        .orElse(product.variants().get(0)));
    }

    public ProductDetails getProduct() {
        return product;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getVariant() {
        return variant;
    }

    public void setVariant(Long variant) {
        this.variant = variant;
    }
}
