package se.kvalitet.applications.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import se.kvalitet.applications.control.ApplicationPdf;
import se.kvalitet.applications.control.AttachmentPolicy;
import se.kvalitet.applications.control.AttachmentRules;
import se.kvalitet.applications.control.Checksums;
import se.kvalitet.applications.control.ContentTypes;
import se.kvalitet.applications.control.FileNames;
import se.kvalitet.applications.entity.Application;
import se.kvalitet.applications.entity.ApplicationRuleException;
import se.kvalitet.applications.entity.Attachment;
import se.kvalitet.applications.entity.AwardCategory;
import se.kvalitet.cycles.boundary.ApplicationTerms;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.events.DomainEvents;
import se.kvalitet.platform.i18n.Texts;
import se.kvalitet.platform.security.Role;
import se.kvalitet.platform.persistence.Rows;

/**
 * The files of an application: its attachments (checked by content, limited by the cycle's terms, stored
 * with a checksum) and the PDF of the submitted application. Whoever may read the application may read its
 * files; only its writers may change them, and only while it may be written.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.APPLICANT_NAME})
public class ApplicationFiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    DomainEvents events;

    @Inject
    ApplicationAccess access;

    @Inject
    Applications applications;

    @Resource
    SessionContext session;

    /** The application's attachments, without content, oldest first. */
    @RolesAllowed({Role.ADMIN_NAME, Role.APPLICANT_NAME, Role.EXAMINER_NAME, Role.JURY_NAME})
    public List<AttachmentView> attachments(Long id) {
        readable(id);
        return em.createQuery("select new se.kvalitet.applications.boundary.AttachmentView(t.id, t.fileName, "
                        + "t.contentType, t.sizeBytes, t.sha256, t.uploadedAt, t.uploadedBy) from Attachment t "
                        + "where t.applicationId = :a order by t.id", AttachmentView.class)
                .setParameter("a", id).getResultList();
    }

    /**
     * Attaches a file to a draft (before the deadline, unless reopened). Its type is decided by its content,
     * not its name (a renamed program is refused); the cycle's policy decides the accepted types, the largest
     * file and the largest total. Stored in the database with its SHA-256 checksum, in this transaction.
     * Uploads to one application are serialized by a row lock (so the total is checked truly); they do not
     * change the application's version (texts being written alongside are not disturbed).
     */
    public AttachmentView upload(Long id, String fileName, byte[] content) {
        var application = accessible(id);
        var terms = access.terms(application.getCycleId());
        access.requireWritable(application, terms);
        em.lock(application, LockModeType.PESSIMISTIC_WRITE);
        byte[] bytes = content == null ? new byte[0] : content;
        var type = ContentTypes.detect(bytes);
        String name = FileNames.sanitize(fileName, type);
        long total = Rows.count(em.createQuery("select sum(t.sizeBytes) from Attachment t where t.applicationId = :a")
                .setParameter("a", id).getSingleResult());
        AttachmentRules.enforce(policy(terms), name, type, bytes.length, total);
        var attachment = new Attachment(id, name, type.mimeType(), bytes, Checksums.sha256(bytes), access.now(), actor());
        em.persist(attachment);
        em.flush();
        events.record("AttachmentUploaded", "Application", id, name + " " + attachment.getSha256());
        return new AttachmentView(attachment.getId(), attachment.getFileName(), attachment.getContentType(),
                attachment.getSizeBytes(), attachment.getSha256(), attachment.getUploadedAt(), attachment.getUploadedBy());
    }

    /** Removes an attachment from a draft (before the deadline, unless reopened). */
    public void removeAttachment(Long id, Long attachmentId) {
        var application = accessible(id);
        access.requireWritable(application, access.terms(application.getCycleId()));
        var attachment = ownAttachment(id, attachmentId);
        em.remove(attachment);
        em.flush();
        events.record("AttachmentRemoved", "Application", id, attachment.getFileName());
    }

    /** An attachment with its content, for whoever may read the application. */
    @RolesAllowed({Role.ADMIN_NAME, Role.APPLICANT_NAME, Role.EXAMINER_NAME, Role.JURY_NAME})
    public AttachmentFile download(Long id, Long attachmentId) {
        readable(id);
        var attachment = ownAttachment(id, attachmentId);
        return new AttachmentFile(attachment.getFileName(), attachment.getContentType(), attachment.getContent(),
                attachment.getSha256());
    }

    /**
     * The PDF of a submitted application (the receipt): registration number, time, cycle, unit, contacts,
     * every answer with its criterion, the eligibility answers and the attachments with their checksums.
     * {@code language} is {@code sv} or {@code en}. A jury member who may read the application gets it too.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.APPLICANT_NAME, Role.JURY_NAME})
    public byte[] pdf(Long id, String language) {
        var view = applications.view(id);
        if (view.registrationNumber() == null) {
            throw new ApplicationRuleException("applications.pdf.notSubmitted");
        }
        var locale = "en".equals(language) ? Texts.ENGLISH : Texts.SWEDISH;
        var sections = new ArrayList<ApplicationPdf.Section>();
        if (AwardCategory.QUALITY_AWARD.name().equals(view.award())) {
            view.answers().forEach(answer -> sections.add(new ApplicationPdf.Section(answer.code() + " " + answer.title(),
                    answer.description(), answer.text(), view.indicators().stream()
                    .filter(set -> set.criterionCode().equals(answer.code())).flatMap(set -> set.indicators().stream())
                    .map(i -> new ApplicationPdf.Indicator(i.measure(), i.unitOfMeasure(), i.target(), i.comparisonLabel(),
                            i.comparison(), i.values().stream().collect(java.util.stream.Collectors.toMap(
                                    IndicatorDraft.YearValue::year, IndicatorDraft.YearValue::value, (a, b) -> a,
                                    java.util.TreeMap::new))))
                    .toList())));
        } else {
            var r = view.renewal();
            String[][] fields = {{"nomineeType", r.nomineeType()}, {"title", r.title()},
                    {"backgroundAndChallenge", r.backgroundAndChallenge()}, {"whatIsNew", r.whatIsNew()},
                    {"resultsForTargetGroup", r.resultsForTargetGroup()}, {"spreadAndScaleUp", r.spreadAndScaleUp()},
                    {"sustainability", r.sustainability()}, {"linkToCouncilGoals", r.linkToCouncilGoals()},
                    {"inOperationSince", r.inOperationSince() == null ? null : r.inOperationSince().toString()},
                    {"filmLink", r.filmLink()}};
            for (String[] field : fields) {
                sections.add(new ApplicationPdf.Section(Texts.text(locale, "applications.field." + field[0]), null, field[1]));
            }
        }
        var e = view.eligibility();
        var eligibility = new ArrayList<String>();
        eligibility.add(Texts.text(locale, "applications.field.managerResponsibility") + ": " + yesNo(locale, e.managerResponsibility()));
        eligibility.add(Texts.text(locale, "applications.field.businessPlan") + ": " + yesNo(locale, e.businessPlan()));
        eligibility.add(Texts.text(locale, "applications.field.staffCount") + ": " + orDash(e.staffCount()));
        if (view.privateUnit()) {
            eligibility.add(Texts.text(locale, "applications.field.cityResidentShare") + ": " + orDash(e.cityResidentShare()) + " %");
        }
        eligibility.add(Texts.text(locale, "applications.field.reportedToBoard") + ": " + yesNo(locale, e.reportedToBoard()));
        eligibility.add(Texts.text(locale, "applications.field.previousWinYear") + ": " + orDash(e.previousWinYear()));
        eligibility.add(Texts.text(locale, "applications.field.budgetBalanced") + ": " + yesNo(locale, e.budgetBalanced()));
        var files = attachments(id).stream().map(t -> new ApplicationPdf.Attachment(t.fileName(), t.sizeBytes(), t.sha256()))
                .toList();
        String title = AwardCategory.RENEWAL_PRIZE.name().equals(view.award()) && view.renewal().title() != null
                ? view.renewal().title() : Texts.text(locale, "applications.award." + view.award()) + " – " + view.unitName();
        return ApplicationPdf.render(new ApplicationPdf.Content(locale.getLanguage(), title, view.registrationNumber(),
                view.submittedAt(), view.cycleName(), Texts.text(locale, "applications.award." + view.award()),
                view.competitionClassName(), view.unitName(), view.administrationName(),
                view.contacts().stream().map(c -> c.fullName() == null ? String.valueOf(c.personId())
                        : c.fullName() + ", " + c.email()).toList(),
                sections, eligibility, files));
    }

    private static String yesNo(java.util.Locale locale, Boolean answer) {
        return answer == null ? "–" : Texts.text(locale, answer ? "applications.yes" : "applications.no");
    }

    private static String orDash(Integer value) {
        return value == null ? "–" : String.valueOf(value);
    }

    private Attachment ownAttachment(Long id, Long attachmentId) {
        var attachment = attachmentId == null ? null : em.find(Attachment.class, attachmentId);
        if (attachment == null || !attachment.getApplicationId().equals(id)) {
            throw new NotFound("applications.attachment.notFound", attachmentId);
        }
        return attachment;
    }

    private static AttachmentPolicy policy(ApplicationTerms terms) {
        return ApplicationAccess.attachmentPolicy(terms);
    }

    private Application readable(Long id) {
        return access.readable(id, session.isCallerInRole(Role.ADMIN_NAME), session.isCallerInRole(Role.EXAMINER_NAME),
                session.isCallerInRole(Role.JURY_NAME));
    }

    private Application accessible(Long id) {
        return access.accessible(id, session.isCallerInRole(Role.ADMIN_NAME));
    }

    private String actor() {
        var principal = session.getCallerPrincipal();
        return principal == null ? "system" : principal.getName();
    }
}
