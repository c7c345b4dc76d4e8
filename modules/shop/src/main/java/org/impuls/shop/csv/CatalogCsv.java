package org.impuls.shop.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.money.AmountFormat;
import org.impuls.shop.catalog.Allergen;
import org.impuls.shop.catalog.Availability;
import org.impuls.shop.catalog.ProductForm;
import org.impuls.shop.catalog.ProductStatus;

/**
 * Reads catalogue rows into product forms: UTF-8, semicolon or comma (decided by the header line),
 * German decimal commas in prices, "ja"/"nein" or "true"/"false". Every problem is collected with its
 * line and column; nothing is thrown for bad data, so a dry run can list them all.
 */
public final class CatalogCsv {

    /** A problem in a line (1 is the header) and column. */
    public record LineError(long line, String column, String message) {}

    /**
     * The rows of one product; {@code merchant} is the optional column naming the seller (demo data);
     * {@code images} the file names of its pictures in the accompanying ZIP, in order (empty: keep its pictures).
     */
    public record Draft(String handle, String merchant, List<Long> lines, ProductForm form, List<String> images) {}

    /** What a file holds: the products it describes, and every problem found. */
    public record Parsed(List<Draft> drafts, List<LineError> errors) {}

    static final List<String> REQUIRED = List.of("product", "sku", "title_de", "category", "price", "vat");

    private CatalogCsv() {}

    public static Parsed parse(String text) {
        String content =
                text.startsWith("\uFEFF") ? text.substring(1) : text; // a BOM, as spreadsheet programs write it
        String headerLine = content.lines().findFirst().orElse("");
        char delimiter = headerLine.chars().filter(c -> c == ';').count()
                        >= headerLine.chars().filter(c -> c == ',').count()
                ? ';'
                : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        List<LineError> errors = new ArrayList<>();
        Map<String, Draft> drafts = new LinkedHashMap<>();
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(content))
                .setFormat(format)
                .get()) {
            List<String> missing = REQUIRED.stream()
                    .filter(c -> !parser.getHeaderMap().containsKey(c))
                    .toList();
            if (!missing.isEmpty()) {
                errors.add(new LineError(1, String.join(", ", missing), "required columns are missing"));
                return new Parsed(List.of(), errors);
            }
            for (CSVRecord record : parser) {
                Row row = new Row(record, errors);
                String handle = row.text("product");
                if (handle.isEmpty()) {
                    errors.add(
                            new LineError(row.line(), "product", "give the product handle that groups its variants"));
                    continue;
                }
                Draft draft = drafts.computeIfAbsent(
                        handle,
                        h -> new Draft(
                                h, row.text("merchant"), new ArrayList<>(), product(row), row.list("images", "\\|")));
                draft.lines().add(row.line());
                draft.form().getVariants().add(variant(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException unreadable) {
            errors.add(new LineError(0, "", "the file is not readable CSV: " + unreadable.getMessage()));
        }
        return new Parsed(List.copyOf(drafts.values()), errors);
    }

    /** Product-level columns are read from the product's first row. */
    private static ProductForm product(Row row) {
        ProductForm form = new ProductForm();
        form.setTitleDe(row.text("title_de"));
        form.setTitleEn(row.text("title_en"));
        form.setDescriptionDe(row.text("description_de"));
        form.setDescriptionEn(row.text("description_en"));
        form.setCategory(row.text("category"));
        form.setTags(row.text("tags"));
        form.setStatus(
                row.text("status").isEmpty()
                        ? ProductStatus.ACTIVE
                        : row.choice("status", ProductStatus.class, ProductStatus.ACTIVE));
        form.setOptionNames(row.list("option_names", "\\|"));
        form.setFood(row.flag("food", false));
        form.setIngredients(row.text("ingredients"));
        form.setAllergens(row.list("allergens", ",").stream()
                .map(a -> row.allergen(a))
                .filter(a -> a != null)
                .toList());
        form.setDepositCents((int) row.cents("deposit", 0L).longValue());
        form.setAgeLimit(row.integer("age_limit", 0));
        form.setManufacturer(row.text("manufacturer"));
        form.setPickup(row.flag("pickup", true));
        form.setLocalDelivery(row.flag("local_delivery", false));
        form.setParcel(row.flag("parcel", false));
        form.setDeliveryDays(row.text("delivery_days"));
        return form;
    }

    private static ProductForm.VariantForm variant(Row row) {
        ProductForm.VariantForm variant = new ProductForm.VariantForm();
        variant.setSku(row.text("sku"));
        variant.setOptionValues(row.list("option_values", "\\|"));
        variant.setPriceCents(row.cents("price", 0L));
        variant.setSalePriceCents(row.cents("sale_price", null));
        variant.setVatRate(row.integer("vat", 19));
        variant.setContentAmount(row.decimal("content"));
        variant.setContentUnit(row.text("unit").isEmpty() ? null : row.text("unit"));
        variant.setStock(row.text("stock").isEmpty() ? null : row.integer("stock", null));
        variant.setAvailability(
                row.text("availability").isEmpty()
                        ? Availability.ACTIVE
                        : row.choice("availability", Availability.class, Availability.ACTIVE));
        return variant;
    }

    /** One record with readers that note their problems instead of throwing. */
    private record Row(CSVRecord record, List<LineError> errors) {

        long line() {
            return record.getRecordNumber() + 1;
        }

        String text(String column) {
            return record.isMapped(column) && record.isSet(column)
                    ? record.get(column).strip()
                    : "";
        }

        List<String> list(String column, String separator) {
            String text = text(column);
            return text.isEmpty()
                    ? new ArrayList<>()
                    : new ArrayList<>(Arrays.stream(text.split(separator, -1))
                            .map(String::strip)
                            .toList());
        }

        boolean flag(String column, boolean otherwise) {
            String text = text(column).toLowerCase(Locale.ROOT);
            return switch (text) {
                case "" -> otherwise;
                case "ja", "yes", "true", "1", "x" -> true;
                case "nein", "no", "false", "0" -> false;
                default -> {
                    errors.add(new LineError(line(), column, "'" + text + "' is neither ja nor nein"));
                    yield otherwise;
                }
            };
        }

        /**
         * "3,49", "1.234,56" (German, when there is a comma), "3.49" or "3" (English otherwise) euros as cents;
         * a file has no language of its own, so each amount is read by the one the separators show.
         */
        Long cents(String column, Long otherwise) {
            String text = text(column);
            if (text.isEmpty()) {
                return otherwise;
            }
            try {
                return AmountFormat.of(text.contains(",") ? Locale.GERMAN : Locale.ENGLISH)
                        .parse(text, column)
                        .cents();
            } catch (InvalidInputException notAnAmount) {
                errors.add(new LineError(line(), column, "'" + text + "' is not an amount in euros like 3,49"));
                return otherwise;
            }
        }

        /** A content amount such as "0,75" or "500" (not money: any number of decimals). */
        BigDecimal decimal(String column) {
            String text = text(column).replace(" ", "");
            if (text.isEmpty()) {
                return null;
            }
            // German "1.234,56" and plain "1234.56" alike: the last separator is the decimal one
            String normalised = text.contains(",") ? text.replace(".", "").replace(',', '.') : text;
            try {
                return new BigDecimal(normalised);
            } catch (NumberFormatException e) {
                errors.add(new LineError(line(), column, "'" + text(column) + "' is not a number"));
                return null;
            }
        }

        Integer integer(String column, Integer otherwise) {
            String text = text(column);
            if (text.isEmpty()) {
                return otherwise;
            }
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException e) {
                errors.add(new LineError(line(), column, "'" + text + "' is not a whole number"));
                return otherwise;
            }
        }

        <E extends Enum<E>> E choice(String column, Class<E> type, E otherwise) {
            try {
                return Enum.valueOf(type, text(column).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new LineError(
                        line(),
                        column,
                        "'" + text(column) + "' is not one of " + Arrays.toString(type.getEnumConstants())));
                return otherwise;
            }
        }

        Allergen allergen(String code) {
            try {
                return Allergen.valueOf(code.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new LineError(
                        line(),
                        "allergens",
                        "'" + code + "' is not one of the 14 allergens " + Arrays.toString(Allergen.values())));
                return null;
            }
        }
    }
}
