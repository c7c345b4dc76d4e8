package org.impuls.shop.csv;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.impuls.core.api.Caller;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.error.NotFoundException;
import org.impuls.shop.catalog.Sellers;

/**
 * The catalogue as CSV for merchants: {@code POST /api/shop/backoffice/catalog/import?business=&dryRun=true} with the
 * file as body (a dry run reports every problem by line and column; a real import with problems writes nothing and
 * answers 400 with the same list), or a ZIP ({@code application/zip}) holding the CSV file and its pictures;
 * {@code GET …/catalog/import/progress?business=} while it runs; and {@code GET …/catalog/export?business=}. Nothing of an
 * upload is read before {@link ImportGate} let it in; bodies are capped by what is read ({@link CappedBody}).
 */
@Path("shop/backoffice/catalog")
@RolesAllowed({"MERCHANT", "OPERATOR"})
public class CatalogCsvResource {

    @Inject
    CatalogImport importer;

    @Inject
    ImportGate gate;

    @Inject
    CatalogExport exporter;

    @Inject
    ImportProgress progress;

    @Inject
    Sellers sellers;

    @Inject
    Caller caller;

    /** A CSV body, read (at most 20 MB) only once the caller was found to manage the business and no other import of it runs. */
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public Response importCsv(
            @QueryParam("business") @NotNull Long business,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            InputStream csv) {
        return answer(admitted(business, () -> importer.run(business, checked(CappedBody.csv(csv)), dryRun)), dryRun);
    }

    /** A ZIP (at most 200 MB) holding the CSV file and the pictures its {@code images} column names; read as the CSV body is. */
    @POST
    @Path("import")
    @Consumes("application/zip")
    @Produces(MediaType.APPLICATION_JSON)
    public Response importZip(
            @QueryParam("business") @NotNull Long business,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            InputStream zip) {
        return answer(
                admitted(business, () -> {
                    try (ImportArchive archive =
                            ImportArchive.unzip(CappedBody.atMost(zip, CappedBody.MAX_ZIP_BYTES, "ZIP file"))) {
                        String csv = archive.csv()
                                .orElseThrow(() -> new InvalidInputException("file", "the ZIP holds no CSV file"));
                        return importer.run(business, checked(csv), archive, dryRun);
                    }
                }),
                dryRun);
    }

    /** How far the caller's running (or last) import for the business has come: phase, done, total. */
    @GET
    @Path("import/progress")
    @Produces(MediaType.APPLICATION_JSON)
    public ImportProgress.Status progress(@QueryParam("business") @NotNull Long business) {
        sellers.managedByCaller(business);
        return progress.of(caller.accountId().orElseThrow(), business)
                .orElseThrow(() ->
                        new NotFoundException("You have not imported a catalogue for business " + business + " yet."));
    }

    /** The import through the gate; an upload past its cap is 413. */
    private CatalogImport.Report admitted(
            long business, java.util.function.Supplier<CatalogImport.Report> readAndImport) {
        try {
            return gate.admit(business, readAndImport);
        } catch (CappedBody.TooLarge tooLarge) {
            throw new ClientErrorException(tooLarge.getMessage(), 413);
        }
    }

    private static String checked(String csv) {
        if (csv == null || csv.isBlank()) {
            throw new InvalidInputException("file", "the file is empty");
        }
        return csv;
    }

    private static Response answer(CatalogImport.Report report, boolean dryRun) {
        if (!dryRun && !report.errors().isEmpty()) {
            return Response.status(400)
                    .type("application/problem+json")
                    .entity(ImportProblem.of(report))
                    .build();
        }
        return Response.ok(report).build();
    }

    @GET
    @Path("export")
    @Produces("text/csv;charset=UTF-8")
    public Response export(@QueryParam("business") @NotNull Long business) {
        return Response.ok(exporter.csv(business))
                .header("Content-Disposition", "attachment; filename=\"katalog-" + business + ".csv\"")
                .build();
    }

    /** The problem document of a refused import: every line's problem as a field error "line 5, price". */
    public record ImportProblem(
            String type, String title, int status, String detail, java.util.List<FieldError> errors) {

        /** A problem in one line and column. */
        public record FieldError(String field, String message) {}

        static ImportProblem of(CatalogImport.Report report) {
            return new ImportProblem(
                    "about:blank",
                    "Bad Request",
                    400,
                    report.errors().size()
                            + " problems in the file; nothing was imported. Fix them (a dry run lists them) and import again.",
                    report.errors().stream()
                            .map(e -> new FieldError("line " + e.line() + ", " + e.column(), e.message()))
                            .toList());
        }
    }
}
