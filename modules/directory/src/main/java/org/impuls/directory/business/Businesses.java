package org.impuls.directory.business;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.impuls.core.api.GermanText;
import org.impuls.core.api.PageRequest;
import org.impuls.core.api.ResultPage;
import org.impuls.directory.api.BusinessSummary;

/**
 * Finds public businesses. Text search compares {@link GermanText} terms: every query term must
 * start a word of the business's search key; hits whose name matches come first.
 */
@ApplicationScoped
public class Businesses {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    public Optional<Business> publicBySlug(String slug) {
        return em.createQuery("select b from Business b where b.slug = :slug and b.status = :approved", Business.class)
                .setParameter("slug", slug).setParameter("approved", BusinessStatus.APPROVED)
                .getResultStream().findFirst();
    }

    /** Slugs of every public business, for the sitemap. */
    public List<String> publicSlugs() {
        return em.createQuery("select b.slug from Business b where b.status = :approved order by b.slug", String.class)
                .setParameter("approved", BusinessStatus.APPROVED).getResultList();
    }

    public List<Category> categories() {
        return em.createQuery("select c from Category c left join c.parent p order by p.id nulls first, c.position", Category.class).getResultList();
    }

    /** The category tree as choices for forms, sub-categories indented under their parent. */
    public List<jakarta.faces.model.SelectItem> categoryChoices(Locale locale) {
        List<Category> all = categories();
        List<jakarta.faces.model.SelectItem> choices = new java.util.ArrayList<>();
        for (Category top : all.stream().filter(c -> c.getParent() == null).toList()) {
            choices.add(new jakarta.faces.model.SelectItem(top.getSlug(), top.name(locale)));
            all.stream().filter(c -> c.getParent() != null && c.getParent().getId().equals(top.getId()))
                    .forEach(sub -> choices.add(new jakarta.faces.model.SelectItem(sub.getSlug(), "– " + sub.name(locale))));
        }
        return choices;
    }

    /** Approved businesses matching the text (may be blank) and category (with its sub-categories), by relevance then name. */
    public ResultPage<Business> search(String text, String categorySlug, PageRequest page) {
        Matching matching = new Matching(text, categorySlug);
        TypedQuery<Long> count = em.createQuery("select count(b) from Business b where " + matching.where, Long.class);
        matching.bind(count, false);
        List<Business> items = matching.select(em).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return ResultPage.of(items, count.getSingleResult(), page);
    }

    /** Every match, best first: for filters the database cannot apply (open now, distance). */
    public List<Business> allMatching(String text, String categorySlug) {
        return new Matching(text, categorySlug).select(em).getResultList();
    }

    /** The query for a text and category, built once and bound to count and select alike. */
    private static final class Matching {
        private final List<String> terms;
        private final String category;
        private final String where;

        Matching(String text, String categorySlug) {
            terms = GermanText.terms(text);
            category = categorySlug == null || categorySlug.isBlank() ? null : categorySlug;
            StringBuilder clause = new StringBuilder("b.status = :approved");
            for (int i = 0; i < terms.size(); i++) {
                clause.append(" and concat(' ', b.searchKey) like :t").append(i);
            }
            if (category != null) {
                // left join: a top-level category has no parent and must still match itself
                clause.append(" and exists (select c from b.categories c left join c.parent p where c.slug = :category or p.slug = :category)");
            }
            where = clause.toString();
        }

        TypedQuery<Business> select(EntityManager em) {
            String order = terms.isEmpty() ? "b.name" : "locate(:first, concat(' ', b.searchKey)), b.name";
            TypedQuery<Business> query = em.createQuery("select b from Business b where " + where + " order by " + order, Business.class);
            bind(query, !terms.isEmpty());
            return query;
        }

        void bind(TypedQuery<?> query, boolean ranked) {
            Businesses.bind(query, terms, category, ranked);
        }
    }

    private static void bind(TypedQuery<?> query, List<String> terms, String category, boolean ranked) {
        query.setParameter("approved", BusinessStatus.APPROVED);
        for (int i = 0; i < terms.size(); i++) {
            query.setParameter("t" + i, "% " + terms.get(i) + "%");
        }
        if (category != null) {
            query.setParameter("category", category);
        }
        if (ranked) {
            query.setParameter("first", " " + terms.get(0));
        }
    }

    public static BusinessSummary summary(Business business, Locale locale, Double distanceKm, Boolean openNow) {
        return new BusinessSummary(business.getId(), business.getSlug(), business.getName(), business.getKind().name(),
                business.getCategories().stream().map(c -> c.name(locale)).toList(),
                business.getStreet(), business.getPostalCode(), business.getCity(), business.path(), distanceKm, openNow);
    }
}
