package org.impuls.shop.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import org.impuls.core.api.FormFeedback;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.PageRequest;
import org.impuls.core.api.ResultPage;
import org.impuls.shop.catalog.ProductViews.ProductSummary;

/** Backs {@code /produkte}: text, category, merchant, price range in euros, in stock, delivery option, sorting, paging. */
@Named("shopSearch")
@RequestScoped
public class ShopSearchPage {

    @Inject
    Catalog catalog;

    @Inject
    FormFeedback feedback;

    private String query;
    private String category;
    private Long merchant;
    private String minPrice;
    private String maxPrice;
    private boolean inStock;
    private String delivery;
    private String sort;
    private int page = 1;
    private String problem;
    // empty until searched: a parameter Faces cannot convert (?page=abc) skips the search but not the rendering
    private Catalog.Result result = nothingFound();

    public void search() {
        try {
            var criteria = new ProductSearch.Criteria(query, category, merchant, cents(minPrice, "minPrice"), cents(maxPrice, "maxPrice"),
                    inStock, delivery == null || delivery.isBlank() ? null : delivery, sort);
            result = catalog.search(criteria, new PageRequest(Math.max(1, page), 24), feedback.locale());
        } catch (InvalidInputException refusal) {
            problem = refusal.getMessage();
            result = nothingFound();
        }
    }

    private static Catalog.Result nothingFound() {
        return new Catalog.Result(ResultPage.of(List.of(), 0, PageRequest.first()), List.of(), List.of());
    }

    /** "3,50" or "3.50" euros as cents; empty for none. */
    private static Long cents(String euros, String field) {
        if (euros == null || euros.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(euros.strip().replace(',', '.')).movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInputException(field, "'" + euros + "' is not an amount in euros");
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
