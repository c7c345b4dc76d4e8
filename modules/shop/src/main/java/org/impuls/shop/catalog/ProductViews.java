package org.impuls.shop.catalog;

import java.util.List;
import java.util.Locale;
import org.impuls.core.api.money.Money;
import org.impuls.directory.api.BusinessDirectory.BusinessInfo;

/** The JSON shapes of products for customers: a summary in lists, the details on the product page. */
public final class ProductViews {

    private ProductViews() {}

    /** The seller, linking its directory profile. */
    public record Seller(long id, String name, String profileUrl) {
        static Seller of(BusinessInfo business) {
            return new Seller(business.id(), business.name(), business.path());
        }
    }

    /** A price as the law wants it shown; {@code vatNote} is the "inkl. MwSt., zzgl. Versandkosten" line. */
    public record Price(
            Money price,
            int vatRatePercent,
            Money regularPrice,
            Money lowestPrior30Days,
            Money basePrice,
            String basePriceUnit,
            Money deposit,
            boolean from) {
        static Price of(PriceTag tag, boolean from) {
            return new Price(
                    tag.price(),
                    tag.vatRate().percent(),
                    tag.regularPrice(),
                    tag.lowestPrior30Days(),
                    tag.basePrice(),
                    tag.basePriceUnit(),
                    tag.deposit(),
                    from);
        }
    }

    /** A product in a list: the cheapest visible variant's price ("from" when variants differ). */
    public record ProductSummary(
            long id,
            String title,
            String category,
            Seller seller,
            Price price,
            boolean inStock,
            List<String> deliveryOptions,
            String imageUrl,
            String url) {}

    /** A variant on the product page. */
    public record VariantView(
            long id,
            String sku,
            List<String> optionValues,
            Price price,
            Integer stock,
            String availability,
            boolean buyable) {}

    /** Everything the product page shows, including the legal details. */
    public record ProductDetails(
            long id,
            String title,
            String description,
            String category,
            String tags,
            Seller seller,
            List<String> optionNames,
            List<VariantView> variants,
            List<String> imageUrls,
            boolean food,
            String ingredients,
            List<String> allergens,
            Money deposit,
            int ageLimit,
            String manufacturer,
            List<String> deliveryOptions,
            String deliveryDays,
            String url) {}

    public static String imageUrl(long mediaId, String size) {
        return "/media/" + mediaId + "/" + size;
    }

    static List<String> allergenLabels(Product product, Locale locale) {
        return product.getAllergens().stream().map(a -> a.label(locale)).toList();
    }
}
