package se.kvalitet.examples.boundary;

import jakarta.persistence.EntityManager;
import java.util.List;
import se.kvalitet.examples.control.PersonalDataCheck;
import se.kvalitet.examples.control.PublicationPdf;
import se.kvalitet.examples.control.PublishedText;
import se.kvalitet.examples.entity.ConsentRecord;
import se.kvalitet.examples.entity.ExampleFile;
import se.kvalitet.examples.entity.GoodExample;

/** Turns records into the views of {@link Views}; one place, so every route shows the same. */
final class ExampleViews {

    private ExampleViews() {
    }

    static String address(GoodExample e) {
        return "/exempel/" + e.getId() + "-" + e.getSlug();
    }

    static List<ExampleFile> files(EntityManager em, Long exampleId) {
        return em.createQuery("select f from ExampleFile f where f.exampleId = :e order by f.id", ExampleFile.class)
                .setParameter("e", exampleId).getResultList();
    }

    /**
     * The personal-data check over everything that publishing would put before readers: the texts, each image's
     * alt text ({@code image:<name>}) and the text of each file made for publication ({@code file:<name>}),
     * reported per field and per file. What the record may name by consent is not a finding: the unit and its
     * administration, and the contact only when the contact agreed to be named.
     */
    static List<Views.Warning> warnings(GoodExample e, List<ExampleFile> files) {
        var texts = new java.util.LinkedHashMap<>(e.searchableTexts());
        texts.remove("unit");
        for (ExampleFile f : files) {
            if (f.getKind() == ExampleFile.Kind.IMAGE) {
                texts.put("image:" + f.getFileName(), f.getAltText());
            } else if (f.isMadeForPublication() && "application/pdf".equals(f.getContentType())) {
                texts.put("file:" + f.getFileName(), PublishedText.allowedOut(PublicationPdf.textOf(f.getContent()), e));
            }
        }
        String consentedEmail = e.isContactConsent() ? e.getContactEmail() : null;
        return PersonalDataCheck.check(texts, consentedEmail).stream()
                .map(f -> new Views.Warning(f.field(), f.kind().name(), f.found(), f.position())).toList();
    }

    /** The whole record; {@code full} adds the consent record and the personal-data warnings (administrator, unit). */
    static Views.ExampleView view(EntityManager em, GoodExample e, boolean full) {
        var files = files(em, e.getId());
        var fileViews = files.stream().map(f -> new Views.FileView(f.getId(), f.getKind().name(), f.getFileName(),
                f.getContentType(), f.getAltText())).toList();
        List<Views.ConsentView> consents = full ? em.createQuery("select c from ConsentRecord c where c.exampleId = :e "
                        + "order by c.id", ConsentRecord.class).setParameter("e", e.getId()).getResultList().stream()
                .map(c -> new Views.ConsentView(c.getAudience().name(), c.getDecision().name(), c.getDecidedBy(),
                        c.getDecidedAt())).toList() : List.of();
        boolean contact = e.isContactConsent() || full;
        return new Views.ExampleView(e.getId(), e.getVersion(), e.getApplicationId(), e.getUnitId(), e.getYear(),
                e.getAward(), e.getOutcome(), e.getClassName(), e.getServiceArea(), e.tagList(), e.getUnitName(),
                e.getAdministrationName(), e.getOperatorType(), e.getTitle(), e.getSlug(), address(e), e.getSummary(),
                e.getMotivation(), e.getWhatWasDone(), e.getResults(), e.getLessons(),
                contact ? e.getContactName() : null, contact ? e.getContactEmail() : null,
                contact ? e.getContactPhone() : null, e.isContactConsent(), e.getFilmLink(),
                e.getTopCriteria().stream().map(c -> new Views.TopCriterion(c.getCode(), c.getTitle(), c.getScore(),
                        c.getBand())).toList(),
                fileViews.stream().filter(f -> "PUBLICATION".equals(f.kind())).toList(),
                fileViews.stream().filter(f -> "IMAGE".equals(f.kind())).toList(),
                e.getPublication().name(), e.getPublishedOn(), e.getInternalConsent().name(),
                e.getPublicConsent().name(), consents, full ? warnings(e, files) : List.of());
    }

    static Views.ExampleSummary summary(GoodExample e) {
        return new Views.ExampleSummary(e.getId(), e.getVersion(), e.getYear(), e.getAward(), e.getOutcome(),
                e.getClassName(), e.getUnitName(), e.getAdministrationName(), e.getTitle(), address(e), e.getSummary(),
                e.getPublication().name(), e.getInternalConsent().name(), e.getPublicConsent().name(),
                e.getPublishedOn());
    }
}
