package org.impuls.shop.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.impuls.core.api.MediaStore;
import org.impuls.core.api.PlatformStarted;
import org.impuls.core.api.StaffDirectory;
import org.impuls.directory.api.BusinessDirectory;
import org.impuls.directory.api.BusinessDirectory.BusinessInfo;
import org.impuls.shop.catalog.CatalogEditor;
import org.impuls.shop.catalog.Product;
import org.impuls.shop.csv.CatalogCsv;
import org.impuls.shop.delivery.Deliveries;
import org.impuls.shop.delivery.DeliveryForm;

/** In demo mode: 250-odd products of 17 Kaiserslautern merchants, from the same CSV format merchants import. */
@ApplicationScoped
public class ShopDemoData {

    private static final System.Logger LOG = System.getLogger(ShopDemoData.class.getName());

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    CatalogEditor editor;

    @Inject
    BusinessDirectory directory;

    @Inject
    MediaStore media;

    @Inject
    StaffDirectory staff;

    @Inject
    Deliveries deliveries;

    // after the directory's demo businesses exist (APPLICATION + 900)
    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 950) PlatformStarted started) {
        if (!started.demoMode()
                || em.createQuery("select count(p) from Product p", Long.class).getSingleResult() > 0) {
            return;
        }
        CatalogCsv.Parsed parsed = CatalogCsv.parse(demoFile());
        if (!parsed.errors().isEmpty()) {
            throw new IllegalStateException("the demo catalogue has errors: " + parsed.errors());
        }
        Map<String, Long> sellers = directory.findAll(directory.listedIds()).stream()
                .collect(Collectors.toMap(BusinessInfo::slug, BusinessInfo::id, (a, b) -> a));
        long owner =
                staff.contactByEmail("operator@impuls.example").orElseThrow().accountId();
        Map<String, Long> pictures = new HashMap<>();
        int created = 0;
        for (CatalogCsv.Draft draft : parsed.drafts()) {
            Long businessId = sellers.get(draft.merchant());
            if (businessId == null) {
                continue; // a demo merchant the directory does not have
            }
            draft.form().setBusinessId(businessId);
            Product product = editor.createForSeller(draft.form());
            long picture = pictures.computeIfAbsent(
                    product.getCategory().getSlug(),
                    slug -> media.store(
                                    new ByteArrayInputStream(DemoPictures.draw(
                                            product.getCategory().name(java.util.Locale.GERMAN), pictures.size())),
                                    slug + ".jpg",
                                    owner)
                            .id());
            editor.showImages(product, List.of(picture));
            created++;
        }
        parsed.drafts().stream()
                .map(CatalogCsv.Draft::merchant)
                .distinct()
                .filter(sellers::containsKey)
                .forEach(merchant -> deliveries.changeForSeller(sellers.get(merchant), demoDelivery()));
        LOG.log(System.Logger.Level.INFO, "demo catalogue: {0} products", created);
    }

    /** Pick-up, delivery in the city for 3.50 € from 15 €, parcels for 4.90 €, free from 50 €. */
    private static DeliveryForm demoDelivery() {
        DeliveryForm form = new DeliveryForm();
        form.setLocalDelivery(true);
        form.setLocalFeeCents(350);
        form.setLocalMinimumCents(1500);
        form.setLocalPostalCodes("67655-67663");
        form.setParcel(true);
        form.setParcelFlatCents(490);
        form.setParcelFreeFromCents(5000L);
        return form;
    }

    private static String demoFile() {
        try (InputStream in = ShopDemoData.class.getResourceAsStream("/demo/products.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
