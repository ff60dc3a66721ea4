package se.kvalitet.examples.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.kvalitet.examples.control.Ranking;
import se.kvalitet.examples.control.Snippets;
import se.kvalitet.examples.control.SwedishText;
import se.kvalitet.examples.entity.ExampleCriterion;
import se.kvalitet.examples.entity.ExampleFile;
import se.kvalitet.examples.entity.GoodExample;
import se.kvalitet.examples.entity.Publication;
import se.kvalitet.examples.entity.PublicationRules;
import se.kvalitet.people.boundary.CurrentPerson;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.security.Role;

/**
 * The good-examples library for readers: search with facets, a record, its files. Open to everyone: the public
 * (not signed in) reads public records only, signed-in staff (administrators, staff, examiners, jurors) internal
 * ones too, and a unit's own people also their unit's unpublished records. Whatever the route (page, REST, file
 * link), a record the caller may not read is "not found", exactly like one that does not exist.
 */
@Stateless
@PermitAll
public class Library {

    static final int PAGE = 50;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    LibraryIndex index;

    @Inject
    CurrentPerson currentPerson;

    /** A file's content for download. */
    public record FileContent(String fileName, String contentType, byte[] content) {
    }

    /** Whether the caller reads internal records: signed in as city staff in any working role. */
    public boolean staff() {
        return session.isCallerInRole(Role.ADMIN_NAME) || session.isCallerInRole(Role.STAFF_NAME)
                || session.isCallerInRole(Role.EXAMINER_NAME) || session.isCallerInRole(Role.JURY_NAME);
    }

    /**
     * Which of the given applications' units consented to publication to everyone (the PUBLIC consent on the
     * good-example record prepared from the decision): the one consent the public winners page and the public
     * diploma name a unit on. No record, or consent pending, refused or withdrawn: not named.
     */
    public java.util.Set<Long> publiclyConsented(java.util.Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return java.util.Set.of();
        }
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select application_id from good_example where public_consent = 'GIVEN'"
                + " and application_id in (" + se.kvalitet.platform.persistence.Rows.idList(applicationIds) + ")")
                .getResultList();
        return rows.stream().map(se.kvalitet.platform.persistence.Rows::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Searches the records the caller may read. */
    public Views.SearchResult search(LibraryQuery query) {
        var audiences = staff() ? List.of(Publication.PUBLIC, Publication.INTERNAL) : List.of(Publication.PUBLIC);
        // the strongest criteria come in the same statement: facets read them for every record (no query per record)
        var readable = em.createQuery("select distinct e from GoodExample e left join fetch e.topCriteria "
                        + "where e.publication in :p order by e.year desc, e.id desc", GoodExample.class).setParameter("p", audiences).getResultList();
        var filtered = readable.stream().filter(e -> LibraryQuery.FACETS.stream()
                .allMatch(f -> query.values(f).isEmpty() || values(e, f).stream().anyMatch(query.values(f)::contains)))
                .toList();
        var words = SwedishText.tokens(query.text()).stream().map(SwedishText.Token::stems).toList();
        List<GoodExample> results;
        Map<Long, Double> scores = new LinkedHashMap<>();
        if (words.isEmpty()) {
            results = filtered;
        } else {
            var byId = filtered.stream().collect(Collectors.toMap(GoodExample::getId, Function.identity()));
            var ranked = Ranking.rank(words, index.rows(words), byId.keySet(), Math.max(index.size(), 1));
            ranked.forEach(s -> scores.put(s.exampleId(), s.score()));
            results = ranked.stream().map(s -> byId.get(s.exampleId())).toList();
        }
        var hits = results.stream().limit(PAGE).map(e -> new Views.Hit(ExampleViews.summary(e),
                scores.getOrDefault(e.getId(), 0.0), snippet(e, words))).toList();
        return new Views.SearchResult(query.text(), results.size(), hits, facets(results, query));
    }

    private static String snippet(GoodExample e, List<Set<String>> words) {
        if (words.isEmpty()) {
            return null;
        }
        for (String text : new String[]{e.getSummary(), e.getWhatWasDone(), e.getResults(), e.getLessons(),
                e.getMotivation(), e.getTitle(), e.getTags()}) {
            String snippet = Snippets.of(text, words);
            if (snippet != null) {
                return snippet;
            }
        }
        return null;
    }

    /** A record's values of one facet. */
    static List<String> values(GoodExample e, String facet) {
        return switch (facet) {
            case "year" -> List.of(String.valueOf(e.getYear()));
            case "award" -> List.of(e.getAward());
            case "outcome" -> List.of(e.getOutcome());
            case "class" -> e.getClassName() == null ? List.of() : List.of(e.getClassName());
            case "area" -> {
                var areas = new ArrayList<String>();
                if (e.getServiceArea() != null) {
                    areas.add(e.getServiceArea());
                }
                yield areas;
            }
            case "administration" -> e.getAdministrationName() == null ? List.of() : List.of(e.getAdministrationName());
            case "criterion" -> e.getTopCriteria().stream().map(ExampleCriterion::getTitle).distinct().toList();
            default -> List.of();
        };
    }

    /** Counts per facet value over the results; a chosen value stays listed even when nothing has it now. */
    static List<Views.Facet> facets(List<GoodExample> results, LibraryQuery query) {
        var facets = new ArrayList<Views.Facet>();
        for (String facet : LibraryQuery.FACETS) {
            Map<String, Long> counts = new TreeMap<>("year".equals(facet) ? Comparator.<String>reverseOrder()
                    : Comparator.<String>naturalOrder());
            results.forEach(e -> values(e, facet).forEach(v -> counts.merge(v, 1L, Long::sum)));
            query.values(facet).forEach(v -> counts.putIfAbsent(v, 0L));
            var chosen = new HashSet<>(query.values(facet));
            facets.add(new Views.Facet(facet, counts.entrySet().stream()
                    .map(c -> new Views.FacetValue(c.getKey(), c.getKey(), c.getValue(), chosen.contains(c.getKey())))
                    .toList()));
        }
        return facets;
    }

    /** One record the caller may read, or "not found". */
    public Views.ExampleView record(Long id) {
        var example = readable(id);
        return ExampleViews.view(em, example, false);
    }

    /**
     * A file of a record the caller may read: only a file made for publication (the publication PDF, an image),
     * so the record's audience decides who gets it, exactly as for the record's texts.
     */
    public FileContent file(Long id, Long fileId) {
        var example = readable(id);
        var file = fileId == null ? null : em.find(ExampleFile.class, fileId);
        if (file == null || !file.getExampleId().equals(example.getId()) || !file.isMadeForPublication()) {
            throw new NotFound("examples.file.notFound", fileId);
        }
        return new FileContent(file.getFileName(), file.getContentType(), file.getContent());
    }

    /** The published records of a unit the caller may read, newest first. */
    public List<Views.ExampleSummary> ofUnit(Long unitId) {
        boolean staff = staff();
        return em.createQuery("select distinct e from GoodExample e left join fetch e.topCriteria where e.unitId = :u "
                        + "order by e.year desc, e.id desc", GoodExample.class).setParameter("u", unitId).getResultList().stream()
                .filter(e -> PublicationRules.visible(e.getPublication(), staff)).map(ExampleViews::summary).toList();
    }

    GoodExample readable(Long id) {
        var example = id == null ? null : em.find(GoodExample.class, id);
        if (example == null || !(PublicationRules.visible(example.getPublication(), staff()) || ownOrAdmin(example))) {
            throw new NotFound("examples.notFound", id);
        }
        return example;
    }

    private boolean ownOrAdmin(GoodExample example) {
        if (session.isCallerInRole(Role.ADMIN_NAME)) {
            return true;
        }
        if (!session.isCallerInRole(Role.APPLICANT_NAME)) {
            return false;
        }
        Long unitId = currentPerson.caller().map(CurrentPerson.Caller::unitId).orElse(null);
        return unitId != null && unitId.equals(example.getUnitId());
    }
}
