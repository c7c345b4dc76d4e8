package org.impuls.shop.csv;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.impuls.core.api.FormFeedback;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.shop.catalog.ProductsPage;

/**
 * The CSV import (with dry run) on {@code /backoffice/shop/products.xhtml}, for the business the products page
 * resolved: the uploaded CSV file with the pictures of an optional ZIP.
 */
@Named("catalogImportPage")
@ViewScoped
public class CatalogImportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MAX_FILE_BYTES = 20_000_000;

    @Inject
    ProductsPage productsPage;

    @Inject
    CatalogImport importer;

    @Inject
    ImportGate gate;

    @Inject
    FormFeedback feedback;

    private transient Part file;
    private transient Part pictures;
    private boolean dryRun = true;
    private CatalogImport.Report report;

    /**
     * Checks (dry run) or imports the file; the report lists every problem by line and column. The page polls the
     * import's progress meanwhile (see products.xhtml). The files are read only once the gate let the import in (the
     * caller manages the business; no other import of it runs).
     */
    public void importFile() {
        if (file == null || file.getSize() == 0 || file.getSize() > MAX_FILE_BYTES) {
            feedback.info("shop.backoffice.import.choose");
            return;
        }
        Long business = productsPage.getBusiness();
        try {
            report = gate.admit(business, () -> readAndImport(business));
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

    private CatalogImport.Report readAndImport(Long business) {
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
