package se.kvalitet.examples.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * A good example (gott exempel): what a unit did that others can learn from, prepared by the administrator from
 * an announced jury decision and the application, and published with the unit's consent. The facts of the award
 * (year, award, outcome, class, unit …) are copied when the record is prepared and stay as they were decided;
 * the texts are the administrator's. Its address ({@link #getSlug() slug} and id) is fixed when prepared.
 * The rules of publishing and consent are {@link PublicationRules}.
 */
@Entity
@Table(name = "good_example")
public class GoodExample {

    static final ZoneId CITY = ZoneId.of("Europe/Stockholm");
    public static final int MAX_SUMMARY = 500;
    static final int MAX_TITLE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;
    @Column(name = "cycle_id", nullable = false, updatable = false)
    private Long cycleId;
    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;
    @Column(name = "administration_id", updatable = false)
    private Long administrationId;
    @Column(name = "award_year", nullable = false, updatable = false)
    private int year;
    @Column(nullable = false, updatable = false)
    private String award;
    @Column(nullable = false, updatable = false)
    private String outcome;
    @Column(name = "class_name", updatable = false)
    private String className;
    @Column(name = "service_area", updatable = false)
    private String serviceArea;
    private String tags;
    @Column(name = "unit_name", nullable = false, updatable = false)
    private String unitName;
    @Column(name = "administration_name", updatable = false)
    private String administrationName;
    @Column(name = "operator_type", updatable = false)
    private String operatorType;

    @Column(nullable = false)
    private String title;
    @Column(nullable = false, updatable = false)
    private String slug;
    private String summary;
    private String motivation;
    @Column(name = "what_was_done")
    private String whatWasDone;
    private String results;
    private String lessons;
    @Column(name = "contact_name")
    private String contactName;
    @Column(name = "contact_email")
    private String contactEmail;
    @Column(name = "contact_phone")
    private String contactPhone;
    @Column(name = "contact_consent", nullable = false)
    private boolean contactConsent;
    @Column(name = "film_link")
    private String filmLink;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "good_example_criterion", joinColumns = @JoinColumn(name = "example_id"))
    @OrderColumn(name = "position")
    private List<ExampleCriterion> topCriteria = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Publication publication;
    @Column(name = "published_on")
    private LocalDate publishedOn;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "published_by")
    private String publishedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "internal_consent", nullable = false)
    private Consent internalConsent;
    @Enumerated(EnumType.STRING)
    @Column(name = "public_consent", nullable = false)
    private Consent publicConsent;

    @Column(name = "prepared_at", nullable = false, updatable = false)
    private Instant preparedAt;
    @Column(name = "prepared_by", nullable = false, updatable = false)
    private String preparedBy;

    @Version
    private long version;

    protected GoodExample() {
    }

    /** The facts copied from the decision, the application and the organisation when a record is prepared. */
    public record Facts(Long applicationId, Long cycleId, Long unitId, Long administrationId, int year, String award,
                        String outcome, String className, String serviceArea, String unitName,
                        String administrationName, String operatorType) {
    }

    /** The administrator's texts. */
    public record Texts(String title, String summary, String tags, String motivation, String whatWasDone,
                        String results, String lessons, String contactName, String contactEmail, String contactPhone,
                        boolean contactConsent, String filmLink) implements java.io.Serializable {
    }

    /** Prepares a draft record; refused for "not awarded" unless the administrator chose it. */
    public static GoodExample prepare(Facts facts, boolean chosen, Texts texts, List<ExampleCriterion> top,
                                      String slug, Instant now, String actor) {
        if (!PublicationRules.mayPrepare(facts.outcome(), chosen)) {
            throw new RuleViolation("examples.prepare.notAwarded");
        }
        var example = new GoodExample();
        example.applicationId = facts.applicationId();
        example.cycleId = facts.cycleId();
        example.unitId = facts.unitId();
        example.administrationId = facts.administrationId();
        example.year = facts.year();
        example.award = facts.award();
        example.outcome = facts.outcome();
        example.className = facts.className();
        example.serviceArea = facts.serviceArea();
        example.unitName = facts.unitName();
        example.administrationName = facts.administrationName();
        example.operatorType = facts.operatorType();
        example.slug = slug;
        example.topCriteria = new ArrayList<>(top);
        example.publication = Publication.DRAFT;
        example.internalConsent = Consent.PENDING;
        example.publicConsent = Consent.PENDING;
        example.preparedAt = now;
        example.preparedBy = actor;
        example.edit(texts);
        return example;
    }

    /** Changes the texts. The address (slug) stays. */
    public void edit(Texts t) {
        String newTitle = blankToNull(t.title());
        if (newTitle == null) {
            throw new RuleViolation("examples.edit.titleRequired");
        }
        if (newTitle.length() > MAX_TITLE) {
            throw new RuleViolation("examples.edit.titleTooLong", MAX_TITLE);
        }
        String newSummary = blankToNull(t.summary());
        if (newSummary != null && newSummary.length() > MAX_SUMMARY) {
            throw new RuleViolation("examples.edit.summaryTooLong", MAX_SUMMARY, newSummary.length());
        }
        String film = blankToNull(t.filmLink());
        if (film != null && !(film.startsWith("https://") || film.startsWith("http://"))) {
            throw new RuleViolation("examples.edit.filmLink");
        }
        String email = blankToNull(t.contactEmail());
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new RuleViolation("examples.edit.contactEmail");
        }
        this.title = newTitle;
        this.summary = newSummary;
        this.tags = normalizeTags(t.tags());
        this.motivation = blankToNull(t.motivation());
        this.whatWasDone = blankToNull(t.whatWasDone());
        this.results = blankToNull(t.results());
        this.lessons = blankToNull(t.lessons());
        this.contactName = blankToNull(t.contactName());
        this.contactEmail = email == null ? null : email.toLowerCase(java.util.Locale.ROOT);
        this.contactPhone = blankToNull(t.contactPhone());
        this.contactConsent = t.contactConsent();
        this.filmLink = film;
    }

    public Texts texts() {
        return new Texts(title, summary, tags, motivation, whatWasDone, results, lessons, contactName, contactEmail,
                contactPhone, contactConsent, filmLink);
    }

    /** The texts the personal-data check reads and the search indexes, by field. */
    public Map<String, String> searchableTexts() {
        var texts = new LinkedHashMap<String, String>();
        texts.put("title", title);
        texts.put("summary", summary);
        texts.put("tags", tags);
        texts.put("unit", unitName);
        texts.put("motivation", motivation);
        texts.put("done", whatWasDone);
        texts.put("results", results);
        texts.put("lessons", lessons);
        return texts;
    }

    /** Publishes to {@code target} (INTERNAL or PUBLIC) as {@link PublicationRules#refusal} allows. */
    public void publish(Publication target, int warnings, boolean acknowledged, Instant now, String actor) {
        PublicationRules.refusal(target, internalConsent, publicConsent, warnings, acknowledged).ifPresent(key -> {
            throw new RuleViolation(key);
        });
        this.publication = target;
        if (publishedOn == null) {
            publishedOn = LocalDate.ofInstant(now, CITY);
        }
        this.publishedAt = now;
        this.publishedBy = actor;
    }

    /** Takes the record out of the library (back to a draft); refused when it is not published. */
    public void unpublish() {
        if (publication == Publication.DRAFT) {
            throw new RuleViolation("examples.unpublish.notPublished");
        }
        publication = Publication.DRAFT;
    }

    /**
     * The unit's answer for one audience. A refusal or withdrawal narrows a published record to what the
     * consents still allow; returns the decision to record (WITHDRAWN when a given consent is taken back).
     */
    public ConsentRecord.Decision consent(Publication audience, boolean given) {
        if (audience == Publication.DRAFT) {
            throw new RuleViolation("examples.consent.audience");
        }
        Consent before = audience == Publication.PUBLIC ? publicConsent : internalConsent;
        Consent after = given ? Consent.GIVEN : Consent.REFUSED;
        if (audience == Publication.PUBLIC) {
            publicConsent = after;
        } else {
            internalConsent = after;
        }
        publication = PublicationRules.afterConsentChange(publication, internalConsent, publicConsent);
        if (given) {
            return ConsentRecord.Decision.GIVEN;
        }
        return before == Consent.GIVEN ? ConsentRecord.Decision.WITHDRAWN : ConsentRecord.Decision.REFUSED;
    }

    public boolean isPublished() {
        return publication != Publication.DRAFT;
    }

    public List<String> tagList() {
        return tags == null ? List.of() : Arrays.stream(tags.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String normalizeTags(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String joined = String.join(", ", Arrays.stream(raw.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().toList());
        if (joined.length() > 500) {
            throw new RuleViolation("examples.edit.tagsTooLong");
        }
        return joined.isEmpty() ? null : joined;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() { return id; }
    public Long getApplicationId() { return applicationId; }
    public Long getCycleId() { return cycleId; }
    public Long getUnitId() { return unitId; }
    public Long getAdministrationId() { return administrationId; }
    public int getYear() { return year; }
    public String getAward() { return award; }
    public String getOutcome() { return outcome; }
    public String getClassName() { return className; }
    public String getServiceArea() { return serviceArea; }
    public String getTags() { return tags; }
    public String getUnitName() { return unitName; }
    public String getAdministrationName() { return administrationName; }
    public String getOperatorType() { return operatorType; }
    public String getTitle() { return title; }
    public String getSlug() { return slug; }
    public String getSummary() { return summary; }
    public String getMotivation() { return motivation; }
    public String getWhatWasDone() { return whatWasDone; }
    public String getResults() { return results; }
    public String getLessons() { return lessons; }
    public String getContactName() { return contactName; }
    public String getContactEmail() { return contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public boolean isContactConsent() { return contactConsent; }
    public String getFilmLink() { return filmLink; }
    public List<ExampleCriterion> getTopCriteria() { return List.copyOf(topCriteria); }
    public Publication getPublication() { return publication; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getPublishedBy() { return publishedBy; }
    public Consent getInternalConsent() { return internalConsent; }
    public Consent getPublicConsent() { return publicConsent; }
    public Instant getPreparedAt() { return preparedAt; }
    public String getPreparedBy() { return preparedBy; }
    public long getVersion() { return version; }
}
