package org.impuls.core.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.impuls.core.api.Caller;
import org.impuls.core.api.MediaStore.Place;

/**
 * Where modules show images and which businesses are listed, and from both each image's {@link Audience}. The
 * audience is written on the image's row whenever a place or a listing changes (rare), so that serving an image
 * (often) reads nothing but that row.
 */
@ApplicationScoped
class MediaPlaces {

    /** PUBLIC while some public place of a listed business shows the image. */
    private static final String AUDIENCE =
            "update media m set audience = case when exists (select 1 from media_place p "
                    + "join media_listing l on l.business_id = p.business_id and l.listed where p.media_id = m.id and p.publicly) "
                    + "then 'PUBLIC' else 'PRIVATE' end where ";

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    Caller caller;

    void showAt(Place place, Collection<Long> mediaIds) {
        Set<Long> shown = new LinkedHashSet<>(mediaIds);
        @SuppressWarnings("unchecked")
        List<Number> before = em.createNativeQuery("select media_id from media_place where place = ?1")
                .setParameter(1, place.key())
                .getResultList();
        if (before.isEmpty() && shown.isEmpty()) {
            return; // the usual product without pictures: nothing to do
        }
        em.createNativeQuery(
                        "update media_place set publicly = false where place = ?1 and not (media_id = any(cast(?2 as bigint[])))")
                .setParameter(1, place.key())
                .setParameter(2, array(shown))
                .executeUpdate();
        if (!shown.isEmpty()) {
            em.createNativeQuery(
                            "insert into media_place (place, media_id, business_id, publicly) "
                                    + "select ?1, m.id, ?3, ?4 from media m where m.id = any(cast(?2 as bigint[])) "
                                    + "on conflict (place, media_id) do update set business_id = excluded.business_id, publicly = excluded.publicly")
                    .setParameter(1, place.key())
                    .setParameter(2, array(shown))
                    .setParameter(3, place.businessId())
                    .setParameter(4, place.publicly())
                    .executeUpdate();
        }
        before.forEach(id -> shown.add(id.longValue()));
        em.createNativeQuery(AUDIENCE + "m.id = any(cast(?1 as bigint[]))")
                .setParameter(1, array(shown))
                .executeUpdate();
    }

    void listBusinesses(Set<Long> listed, Set<Long> unlisted) {
        Set<Long> changed = new LinkedHashSet<>(list(listed, true));
        changed.addAll(list(unlisted, false));
        if (!changed.isEmpty()) {
            em.createNativeQuery(
                            AUDIENCE
                                    + "m.id in (select media_id from media_place where business_id = any(cast(?1 as bigint[])))")
                    .setParameter(1, array(changed))
                    .executeUpdate();
        }
    }

    /** Records the businesses' listing; answers those whose listing changed. */
    private List<Long> list(Set<Long> businessIds, boolean listed) {
        if (businessIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> changed = em.createNativeQuery("select b from unnest(cast(?1 as bigint[])) b where not exists "
                        + "(select 1 from media_listing l where l.business_id = b and l.listed = ?2)")
                .setParameter(1, array(businessIds))
                .setParameter(2, listed)
                .getResultList();
        if (!changed.isEmpty()) {
            em.createNativeQuery(
                            "insert into media_listing (business_id, listed) select b, ?2 from unnest(cast(?1 as bigint[])) b "
                                    + "on conflict (business_id) do update set listed = excluded.listed")
                    .setParameter(1, array(businessIds))
                    .setParameter(2, listed)
                    .executeUpdate();
        }
        return changed.stream().map(Number::longValue).toList();
    }

    /** Whether the caller may see an image that is not public: operators, its uploader, staff of a business showing it. */
    boolean mayView(MediaFile media) {
        if (caller.isOperator()
                || caller.accountId().filter(media.getOwnerAccountId()::equals).isPresent()) {
            return true;
        }
        Set<Long> mine = caller.businessIds();
        if (mine.isEmpty()) {
            return false;
        }
        @SuppressWarnings("unchecked")
        List<Number> shownBy = em.createNativeQuery("select distinct business_id from media_place where media_id = ?1")
                .setParameter(1, media.getId())
                .getResultList();
        return shownBy.stream().anyMatch(b -> mine.contains(b.longValue()));
    }

    /** A PostgreSQL bigint array literal, for {@code = any(cast(? as bigint[]))}. */
    private static String array(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
