package se.kvalitet.examples.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.kvalitet.examples.control.IndexTerms;
import se.kvalitet.examples.control.Ranking;
import se.kvalitet.examples.control.SwedishText;
import se.kvalitet.examples.entity.GoodExample;
import se.kvalitet.platform.persistence.Rows;

/**
 * The search index as a table ({@code good_example_term}: record, field, stem, weight), so it lives where the
 * records live: the same on H2 and MySQL, on every node, and changed in the same transaction as the record.
 * Only published records are in it; {@link #reindex} is called on every publish, edit and unpublish.
 */
@Stateless
@PermitAll
public class LibraryIndex {

    @PersistenceContext
    EntityManager em;

    /** Replaces the record's rows by those of its current texts, or removes them when it is not published. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void reindex(GoodExample example) {
        em.createNativeQuery("delete from good_example_term where example_id = ?1").setParameter(1, example.getId())
                .executeUpdate();
        if (!example.isPublished()) {
            return;
        }
        for (var row : IndexTerms.of(example.getId(), example.searchableTexts())) {
            em.createNativeQuery("insert into good_example_term (example_id, field, term, weight) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, row.exampleId()).setParameter(2, row.field()).setParameter(3, row.term())
                    .setParameter(4, row.weight()).executeUpdate();
        }
    }

    /** The index rows that may match the query's words: a term equal to a stem, or starting with a long enough one. */
    public List<Ranking.Row> rows(List<Set<String>> words) {
        var stems = new LinkedHashSet<String>();
        words.forEach(stems::addAll);
        if (stems.isEmpty()) {
            return List.of();
        }
        var where = new StringBuilder();
        var parameters = new ArrayList<String>();
        for (String stem : stems) {
            where.append(where.length() == 0 ? "" : " or ");
            if (stem.length() >= SwedishText.MIN_PREFIX) {
                where.append("term like ?").append(parameters.size() + 1).append(" escape '!'");
                parameters.add(stem.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            } else {
                where.append("term = ?").append(parameters.size() + 1);
                parameters.add(stem);
            }
        }
        var query = em.createNativeQuery("select example_id, field, term, weight from good_example_term where " + where);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = query.getResultList();
        return found.stream().map(r -> new Ranking.Row(Rows.id(r[0]), (String) r[1], (String) r[2],
                ((Number) r[3]).doubleValue())).toList();
    }

    /** How many records the index holds. */
    public int size() {
        return (int) Rows.count(em.createNativeQuery("select count(distinct example_id) from good_example_term")
                .getSingleResult());
    }
}
