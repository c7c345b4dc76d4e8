package org.impuls.shop.csv;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.impuls.core.api.money.AmountFormat;
import org.impuls.core.api.money.Money;
import org.impuls.shop.api.StockLevel;
import org.impuls.shop.catalog.Allergen;
import org.impuls.shop.catalog.Product;
import org.impuls.shop.catalog.Sellers;
import org.impuls.shop.catalog.Variant;
import org.impuls.shop.stock.VariantStocks;

/** Writes a merchant's catalogue in the import format (semicolons, German decimal commas), so export and import round-trip. */
@ApplicationScoped
public class CatalogExport {

    static final List<String> COLUMNS = List.of(
            "product",
            "sku",
            "title_de",
            "title_en",
            "category",
            "status",
            "option_names",
            "option_values",
            "price",
            "sale_price",
            "vat",
            "content",
            "unit",
            "stock",
            "availability",
            "food",
            "allergens",
            "ingredients",
            "deposit",
            "age_limit",
            "manufacturer",
            "pickup",
            "local_delivery",
            "parcel",
            "delivery_days",
            "tags",
            "description_de",
            "description_en");

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    Sellers sellers;

    @Inject
    VariantStocks stocks;

    public String csv(long businessId) {
        sellers.managedByCaller(businessId);
        List<Product> products = em.createQuery(
                        "select p from Product p where p.businessId = :b order by p.id", Product.class)
                .setParameter("b", businessId)
                .getResultList();
        Map<Long, StockLevel> stock = stocks.levels(products.stream()
                .flatMap(p -> p.getVariants().stream())
                .map(Variant::getId)
                .toList());
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setDelimiter(';')
                        .setHeader(COLUMNS.toArray(String[]::new))
                        .get())) {
            for (Product p : products) {
                for (Variant v : p.getVariants()) {
                    Integer onHand =
                            stock.getOrDefault(v.getId(), StockLevel.UNTRACKED).onHand();
                    printer.printRecord(
                            "P" + p.getId(),
                            v.getSku(),
                            p.getTitleDe(),
                            p.getTitleEn(),
                            p.getCategory().getSlug(),
                            p.getStatus(),
                            String.join("|", p.getOptionNames()),
                            String.join("|", v.getOptionValues()),
                            euros(v.getPriceCents()),
                            v.getSalePriceCents() == null ? "" : euros(v.getSalePriceCents()),
                            v.getVatRate().percent(),
                            v.getContentAmount() == null
                                    ? ""
                                    : v.getContentAmount()
                                            .stripTrailingZeros()
                                            .toPlainString()
                                            .replace('.', ','),
                            v.getContentUnit() == null ? "" : v.getContentUnit(),
                            onHand == null ? "" : onHand,
                            v.getAvailability(),
                            yesNo(p.isFood()),
                            p.getAllergens().stream().map(Allergen::name).collect(Collectors.joining(",")),
                            p.getIngredients(),
                            p.getDepositCents() == 0 ? "" : euros(p.getDepositCents()),
                            p.getAgeLimit(),
                            p.getManufacturer(),
                            yesNo(p.getDeliveryOptions().contains("PICKUP")),
                            yesNo(p.getDeliveryOptions().contains("LOCAL_DELIVERY")),
                            yesNo(p.getDeliveryOptions().contains("PARCEL")),
                            p.getDeliveryDays(),
                            p.getTags(),
                            p.getDescriptionDe(),
                            p.getDescriptionEn());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String euros(long cents) {
        return AmountFormat.of(Locale.GERMAN).format(Money.euros(cents));
    }

    private static String yesNo(boolean value) {
        return value ? "ja" : "nein";
    }
}
