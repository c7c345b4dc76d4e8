package org.impuls.shop.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.impuls.core.api.MediaStore;
import org.impuls.shop.api.CatalogChanged;

/**
 * Tells the core's media store where a product's pictures are shown, and whether publicly: a hidden or deleted
 * product's pictures are served only to its merchant's staff and operators (whether its seller is listed is the
 * directory's to tell). Observed during the change's transaction, not after it, so that a product and its
 * pictures are hidden together or not at all.
 */
@ApplicationScoped
public class ProductImageVisibility {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    MediaStore media;

    void changed(@Observes CatalogChanged change) {
        Product product = em.find(Product.class, change.productId());
        boolean gone = product == null || !em.contains(product);
        List<Long> images = gone ? List.of() : product.getImageIds();
        boolean publicly = !gone && product.getStatus() == ProductStatus.ACTIVE;
        media.showAt(new MediaStore.Place("shop:product:" + change.productId(), change.businessId(), publicly), images);
    }
}
