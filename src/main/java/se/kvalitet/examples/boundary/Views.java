package se.kvalitet.examples.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The records the examples component shows to its pages, its REST resources and other components. */
public final class Views {

    private Views() {
    }

    /** A criterion where the unit scored highest. */
    public record TopCriterion(String code, String title, int score, String band) implements Serializable {
    }

    /** A file of a record (attachment or image) without its content. */
    public record FileView(Long id, String kind, String fileName, String contentType, String altText)
            implements Serializable {
    }

    /** One consent decision on record. */
    public record ConsentView(String audience, String decision, String decidedBy, Instant decidedAt)
            implements Serializable {
    }

    /** A personal-data warning: field, kind (PERSONAL_IDENTITY_NUMBER, PHONE_NUMBER, EMAIL_ADDRESS, FIRST_NAME), text, position. */
    public record Warning(String field, String kind, String found, int position) implements Serializable {
    }

    /**
     * A whole record. {@code contact*} are null unless the contact agreed to be named; the consent fields and
     * {@code warnings} are filled for administrators and the unit only. {@code address} is the stable address
     * ({@code /exempel/<id>-<slug>}).
     */
    public record ExampleView(Long id, long version, Long applicationId, Long unitId, int year, String award,
                              String outcome, String className, String serviceArea, List<String> tags,
                              String unitName, String administrationName, String operatorType, String title,
                              String slug, String address, String summary, String motivation, String whatWasDone,
                              String results, String lessons, String contactName, String contactEmail,
                              String contactPhone, boolean contactConsent, String filmLink,
                              List<TopCriterion> topCriteria, List<FileView> attachments, List<FileView> images,
                              String publication, LocalDate publishedOn, String internalConsent,
                              String publicConsent, List<ConsentView> consents, List<Warning> warnings)
            implements Serializable {
    }

    /** A record in a list. */
    public record ExampleSummary(Long id, long version, int year, String award, String outcome, String className,
                                 String unitName, String administrationName, String title, String address,
                                 String summary, String publication, String internalConsent, String publicConsent,
                                 LocalDate publishedOn) implements Serializable {
    }

    /** An announced decision the administrator may prepare a record from, and the record if prepared. */
    public record Candidate(Long applicationId, Long cycleId, int year, String award, String unitName,
                            String className, String outcome, Long exampleId, String publication)
            implements Serializable {
    }

    /** A search hit: the record, its score and the highlighted snippet (HTML-escaped, matches in mark). */
    public record Hit(ExampleSummary example, double score, String snippet) implements Serializable {
    }

    /** One value of a facet and how many of the results have it. */
    public record FacetValue(String value, String label, long count, boolean selected) implements Serializable {
    }

    /** A facet: year, award, outcome, class, area, administration or criterion. */
    public record Facet(String name, List<FacetValue> values) implements Serializable {
    }

    /** The answer of a search: the hits (ranked when there is a query, newest first otherwise) and the facets. */
    public record SearchResult(String query, long total, List<Hit> hits, List<Facet> facets) implements Serializable {
    }
}
