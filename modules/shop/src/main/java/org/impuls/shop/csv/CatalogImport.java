package org.impuls.shop.csv;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.impuls.core.api.AuditTrail;
import org.impuls.core.api.Caller;
import org.impuls.core.api.MediaStore;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.shop.catalog.CatalogEditor;
import org.impuls.shop.catalog.Product;
import org.impuls.shop.catalog.ProductForm;
import org.impuls.shop.catalog.Sellers;

/**
 * Imports a merchant's catalogue from CSV: every line is checked first (a dry run stops there and
 * reports); only a file without problems is written, in one transaction, so a failing line leaves
 * nothing half-imported. Products are matched by SKU: known SKUs update their product, new ones create.
 * Pictures named in the {@code images} column come from the accompanying ZIP and replace the product's pictures.
 */
@ApplicationScoped
public class CatalogImport {

    /** What an import found or did. */
    public record Report(
            boolean dryRun,
            boolean applied,
            int products,
            int variants,
            int created,
            int updated,
            List<CatalogCsv.LineError> errors) {}

    @Inject
    CatalogEditor editor;

    @Inject
    Sellers sellers;

    @Inject
    Validator validator;

    @Inject
    AuditTrail audit;

    @Inject
    MediaStore media;

    @Inject
    Caller caller;

    @Inject
    ImportProgress progress;

    /** A CSV file alone. */
    @Transactional
    public Report run(long businessId, String csv, boolean dryRun) {
        return run(businessId, csv, ImportArchive.none(), dryRun);
    }

    /** A CSV file whose {@code images} column names pictures in the accompanying ZIP. */
    @Transactional
    public Report run(long businessId, String csv, ImportArchive pictures, boolean dryRun) {
        sellers.managedByCaller(businessId);
        long account = caller.accountId().orElseThrow();
        try {
            Report report = check(businessId, account, csv, pictures, dryRun);
            progress.report(
                    account,
                    businessId,
                    report.errors().isEmpty() && report.applied()
                                    || dryRun && report.errors().isEmpty()
                            ? ImportProgress.Phase.DONE
                            : ImportProgress.Phase.FAILED,
                    report.products(),
                    report.products());
            return report;
        } catch (RuntimeException failed) {
            progress.report(account, businessId, ImportProgress.Phase.FAILED, 0, 0);
            throw failed;
        }
    }

    private Report check(long businessId, long account, String csv, ImportArchive pictures, boolean dryRun) {
        CatalogCsv.Parsed parsed = CatalogCsv.parse(csv);
        List<CatalogCsv.LineError> errors = new ArrayList<>(parsed.errors());
        Map<String, Long> skuLines = new HashMap<>();
        Map<CatalogCsv.Draft, Optional<Long>> targets = new HashMap<>();
        int checked = 0;
        for (CatalogCsv.Draft draft : parsed.drafts()) {
            progress.report(
                    account,
                    businessId,
                    ImportProgress.Phase.CHECKING,
                    checked,
                    parsed.drafts().size());
            if (checked++ % 100 == 0) {
                editor.writeAndForgetLoaded();
            }
            ProductForm form = draft.form();
            form.setBusinessId(businessId);
            for (int i = 0; i < form.getVariants().size(); i++) {
                Long earlier = skuLines.putIfAbsent(
                        String.valueOf(form.getVariants().get(i).getSku()),
                        draft.lines().get(i));
                if (earlier != null) {
                    errors.add(new CatalogCsv.LineError(draft.lines().get(i), "sku", "SKU also in line " + earlier));
                }
            }
            Optional<Product> existing = editor.bySku(
                    businessId,
                    form.getVariants().stream()
                            .map(v -> String.valueOf(v.getSku()))
                            .toList());
            targets.put(draft, existing.map(Product::getId));
            for (ConstraintViolation<ProductForm> violation : validator.validate(form)) {
                errors.add(new CatalogCsv.LineError(
                        lineOf(draft, violation.getPropertyPath().toString()),
                        columnOf(violation.getPropertyPath().toString()),
                        violation.getMessage()));
            }
            try {
                editor.validate(form, businessId, existing.map(Product::getId).orElse(null));
            } catch (InvalidInputException refusal) {
                String field = refusal.field().orElse("");
                errors.add(new CatalogCsv.LineError(lineOf(draft, field), columnOf(field), refusal.getMessage()));
            }
            checkPictures(draft, pictures, errors);
        }
        int variants = parsed.drafts().stream()
                .mapToInt(d -> d.form().getVariants().size())
                .sum();
        if (dryRun || !errors.isEmpty()) {
            return new Report(dryRun, false, parsed.drafts().size(), variants, 0, 0, errors);
        }
        int created = 0;
        int updated = 0;
        int written = 0;
        for (CatalogCsv.Draft draft : parsed.drafts()) {
            progress.report(
                    account,
                    businessId,
                    ImportProgress.Phase.WRITING,
                    written,
                    parsed.drafts().size());
            if (written++ % 100 == 0) {
                editor.writeAndForgetLoaded();
            }
            Optional<Long> existing = targets.get(draft);
            Product product;
            // the caller was checked once for the whole file; each product's own check and audit entry would double the
            // time
            if (existing.isPresent()) {
                product = editor.updateForSeller(existing.get(), draft.form());
                updated++;
            } else {
                product = editor.createForSeller(draft.form());
                created++;
            }
            if (!draft.images().isEmpty()) {
                editor.showImages(
                        product,
                        draft.images().stream()
                                .map(name -> store(pictures, name, account))
                                .toList());
            }
        }
        audit.record("shop.catalog.imported", "business:" + businessId, created + " created, " + updated + " updated");
        return new Report(false, true, parsed.drafts().size(), variants, created, updated, List.of());
    }

    /** Every picture a product names is a JPEG or PNG in the ZIP; at most ten of them. */
    private static void checkPictures(
            CatalogCsv.Draft draft, ImportArchive pictures, List<CatalogCsv.LineError> errors) {
        long line = draft.lines().get(0);
        if (draft.images().size() > CatalogEditor.MAX_IMAGES) {
            errors.add(new CatalogCsv.LineError(
                    line, "images", "a product shows at most " + CatalogEditor.MAX_IMAGES + " images"));
        }
        for (String name : draft.images()) {
            if (name.isEmpty() || !pictures.hasImage(name)) {
                errors.add(new CatalogCsv.LineError(
                        line, "images", "'" + name + "' is not a JPEG or PNG file in the accompanying ZIP"));
            }
        }
    }

    private long store(ImportArchive pictures, String name, long account) {
        try (InputStream picture = pictures.open(name)) {
            return media.store(picture, name, account).id();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSV line a form field came from: "variants[2].priceCents" → the draft's third line. */
    private static long lineOf(CatalogCsv.Draft draft, String field) {
        java.util.regex.Matcher index =
                java.util.regex.Pattern.compile("variants\\[(\\d+)]").matcher(field);
        return index.find() && Integer.parseInt(index.group(1)) < draft.lines().size()
                ? draft.lines().get(Integer.parseInt(index.group(1)))
                : draft.lines().get(0);
    }

    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("priceCents", "price"),
            Map.entry("salePriceCents", "sale_price"),
            Map.entry("vatRate", "vat"),
            Map.entry("contentAmount", "content"),
            Map.entry("contentUnit", "unit"),
            Map.entry("titleDe", "title_de"),
            Map.entry("titleEn", "title_en"),
            Map.entry("optionValues", "option_values"),
            Map.entry("optionNames", "option_names"),
            Map.entry("depositCents", "deposit"),
            Map.entry("ageLimit", "age_limit"),
            Map.entry("deliveryDays", "delivery_days"),
            Map.entry("localDelivery", "local_delivery"),
            Map.entry("descriptionDe", "description_de"),
            Map.entry("descriptionEn", "description_en"));

    /** The CSV column of a form field: "variants[0].salePriceCents" → "sale_price". */
    private static String columnOf(String field) {
        String last = field.replaceAll(".*\\.", "").replaceAll("\\[\\d+]", "");
        return COLUMNS.getOrDefault(last, last);
    }
}
