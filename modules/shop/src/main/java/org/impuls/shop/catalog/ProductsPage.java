package org.impuls.shop.catalog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.impuls.core.api.Caller;
import org.impuls.core.api.FormFeedback;
import org.impuls.core.api.money.Money;

/**
 * Backs {@code /backoffice/shop/products.xhtml?business=}: the merchant's products with hide, show, copy and
 * delete. The same page's CSV import is {@link org.impuls.shop.csv.CatalogImportPage}'s.
 */
@Named("productsPage")
@ViewScoped
public class ProductsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogEditor editor;

    @Inject
    Sellers sellers;

    @Inject
    Caller caller;

    @Inject
    FormFeedback feedback;

    private Long business;
    private String businessName;

    public void load() throws IOException {
        SellerOfPage.resolve(business, caller, sellers).ifPresent(seller -> {
            business = seller.id();
            businessName = seller.name();
        });
    }

    public List<Product> getProducts() {
        return editor.ofBusiness(business);
    }

    public void hide(long productId) {
        editor.setStatus(productId, ProductStatus.HIDDEN);
    }

    public void show(long productId) {
        editor.setStatus(productId, ProductStatus.ACTIVE);
    }

    public void copy(long productId) {
        Product copy = editor.copy(productId);
        feedback.info("shop.backoffice.copied", copy.getTitleDe());
    }

    public void delete(long productId) {
        editor.delete(productId);
        feedback.info("shop.backoffice.deleted");
    }

    public Money price(Product product) {
        return product.getVariants().stream().mapToLong(v -> v.effectivePriceCents()).min().stream()
                .mapToObj(Money::euros)
                .findFirst()
                .orElse(null);
    }

    public Long getBusiness() {
        return business;
    }

    public void setBusiness(Long business) {
        this.business = business;
    }

    public String getBusinessName() {
        return businessName;
    }
}
