package org.impuls.shop.backoffice;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.impuls.core.api.Caller;
import org.impuls.core.api.FormFeedback;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.money.Money;
import org.impuls.shop.catalog.CatalogEditor;
import org.impuls.shop.catalog.Product;
import org.impuls.shop.catalog.ProductStatus;
import org.impuls.shop.catalog.Sellers;
import org.impuls.shop.csv.CatalogImport;
import org.impuls.shop.csv.ImportArchive;
import org.impuls.shop.csv.ImportGate;

/**
 * Backs {@code /backoffice/shop/products.xhtml?business=}: the merchant's products with hide, show, copy and
 * delete, and the CSV import (with dry run) and export.
 */
@Named("productsPage")
@ViewScoped
public class ProductsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MAX_FILE_BYTES = 20_000_000;

    @Inject
    CatalogEditor editor;

    @Inject
    CatalogImport importer;

    @Inject
    ImportGate gate;

    @Inject
    Sellers sellers;

    @Inject
    Caller caller;

    @Inject
    FormFeedback feedback;

    private Long business;
    private String businessName;
    private transient Part file;
    private transient Part pictures;
    private boolean dryRun = true;
    private CatalogImport.Report report;

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

    /**
     * Checks (dry run) or imports the uploaded CSV file with the pictures of the optional ZIP; the report lists every
     * problem by line and column. The page polls the import's progress meanwhile (see products.xhtml). The files are
     * read only once the gate let the import in (the caller manages the business; no other import of it runs).
     */
    public void importFile() {
        if (file == null || file.getSize() == 0 || file.getSize() > MAX_FILE_BYTES) {
            feedback.info("shop.backoffice.import.choose");
            return;
        }
        try {
            report = gate.admit(business, this::readAndImport);
        } catch (ImportGate.Busy busy) {
            feedback.info("shop.backoffice.import.running");
            return;
        } catch (PicturesRefused refusal) {
            feedback.refusal(new InvalidInputException("pictures", refusal.getMessage()), "import", "shop");
            return;
        }
        if (report.applied()) {
            feedback.info("shop.backoffice.import.done", report.created(), report.updated());
        }
    }

    private CatalogImport.Report readAndImport() {
        try {
            String csv = new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (pictures == null || pictures.getSize() == 0) {
                return importer.run(business, csv, dryRun);
            }
            ImportArchive archive;
            try {
                archive = ImportArchive.unzip(pictures.getInputStream());
            } catch (InvalidInputException refusal) {
                throw new PicturesRefused(refusal.getMessage());
            }
            try (archive) {
                return importer.run(business, csv, archive, dryRun);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ZIP of pictures is no ZIP or breaks its limits: shown next to its field. */
    private static final class PicturesRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PicturesRefused(String message) {
            super(message);
        }
    }

    public Money price(Product product) {
        return product.getVariants().stream().mapToLong(v -> v.effectivePriceCents()).min().stream().mapToObj(Money::euros).findFirst()
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

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Part getPictures() {
        return pictures;
    }

    public void setPictures(Part pictures) {
        this.pictures = pictures;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public CatalogImport.Report getReport() {
        return report;
    }
}
