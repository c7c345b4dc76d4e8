package org.impuls.directory.business;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.impuls.core.api.MediaStore;
import org.impuls.core.api.PlatformStarted;
import org.impuls.directory.api.BusinessChanged;
import org.impuls.directory.api.BusinessDirectory;

/**
 * Tells the core's media store which businesses the public sees and which images their profiles show: the logo
 * and photos of a business that is pending, rejected or hidden are served only to its staff and operators, and
 * so are the shop's pictures of its products. Observed during the change's transaction, so that a business and its
 * pictures are hidden together; at every start all listings are told again, which also covers businesses made
 * without an event (demo data, older installations).
 */
@ApplicationScoped
public class ProfileImageVisibility {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    MediaStore media;

    @Inject
    BusinessDirectory directory;

    void changed(@Observes BusinessChanged change) {
        Business business = em.find(Business.class, change.businessId());
        if (business == null) {
            return;
        }
        boolean listed = directory
                .find(business.getId())
                .map(BusinessDirectory.BusinessInfo::publiclyListed)
                .orElse(false);
        media.listBusinesses(
                listed ? Set.of(business.getId()) : Set.of(), listed ? Set.of() : Set.of(business.getId()));
        List<Long> images = new ArrayList<>(business.getPhotoIds());
        if (business.getLogoMediaId() != null) {
            images.add(business.getLogoMediaId());
        }
        media.showAt(new MediaStore.Place("directory:business:" + business.getId(), business.getId(), true), images);
    }

    // after the directory's demo businesses (APPLICATION + 900), before the shop's demo products show their pictures
    @Transactional
    void everyListing(@Observes @Priority(Interceptor.Priority.APPLICATION + 920) PlatformStarted started) {
        media.listBusinesses(directory.listedIds(), directory.unlistedIds());
    }
}
