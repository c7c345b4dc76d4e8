package org.impuls.shop.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.impuls.core.api.FormFeedback;
import org.impuls.core.api.PageRequest;
import org.impuls.core.api.ResultPage;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.money.AmountFormat;
import org.impuls.shop.catalog.ProductViews.ProductSummary;

/**
 * Backs {@code /produkte}: text, category, merchant, price range in euros as the visitor's language writes them,
 * in stock, delivery option, "Heute abholen", sorting, paging.
 */
@Named("shopSearch")
@RequestScoped
public class ShopSearchPage {

    @Inject
    Catalog catalog;

    @Inject
    FormFeedback feedback;

    @Inject
    PickupToday pickupMerchants;

    private String query;
    private String category;
    private Long merchant;
    private String minPrice;
    private String maxPrice;
    private boolean inStock;
    private String delivery;
    private boolean pickupToday;
    private String sort;
    private int page = 1;
    private String problem;
    // empty until searched: a parameter Faces cannot convert (?page=abc) skips the search but not the rendering
    private Catalog.Result result = nothingFound();

    public void search() {
        try {
            var criteria = new ProductSearch.Criteria(
                    query,
                    category,
                    merchant,
                    cents(minPrice, "shop.search.min"),
                    cents(maxPrice, "shop.search.max"),
                    inStock,
                    delivery == null || delivery.isBlank() ? null : delivery,
                    sort,
                    pickupToday ? pickupMerchants.merchants(Instant.now()) : null);
            result = catalog.search(criteria, new PageRequest(Math.max(1, page), 24), feedback.locale());
        } catch (InvalidInputException refusal) {
            problem = refusal.getMessage();
            result = nothingFound();
        }
    }

    private static Catalog.Result nothingFound() {
        return new Catalog.Result(ResultPage.of(List.of(), 0, PageRequest.first()), List.of(), List.of());
    }

    /** Euros as the visitor's language writes them, as cents; empty for none. A refusal names the filter by its label. */
    private Long cents(String euros, String label) {
        if (euros == null || euros.isBlank()) {
            return null;
        }
        try {
            return AmountFormat.of(feedback.locale()).parse(euros, null).cents();
        } catch (InvalidInputException refusal) {
            throw new InvalidInputException(null, feedback.text(label) + ": " + refusal.getMessage());
        }
    }

    public ResultPage<ProductSummary> getResults() {
        return result.page();
    }

    public List<Catalog.Facet> getCategoryFacets() {
        return result.categories();
    }

    public List<Catalog.Facet> getMerchantFacets() {
        return result.merchants();
    }

    public String getProblem() {
        return problem;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public Long getMerchant() {
        return merchant;
    }

    public void setMerchant(Long merchant) {
        this.merchant = merchant;
    }

    public String getMinPrice() {
        return minPrice;
    }

    public void setMinPrice(String minPrice) {
        this.minPrice = minPrice;
    }

    public String getMaxPrice() {
        return maxPrice;
    }

    public void setMaxPrice(String maxPrice) {
        this.maxPrice = maxPrice;
    }

    public boolean isInStock() {
        return inStock;
    }

    public void setInStock(boolean inStock) {
        this.inStock = inStock;
    }

    public String getDelivery() {
        return delivery;
    }

    public void setDelivery(String delivery) {
        this.delivery = delivery;
    }

    public boolean isPickupToday() {
        return pickupToday;
    }

    public void setPickupToday(boolean pickupToday) {
        this.pickupToday = pickupToday;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
