package se.kvalitet.applications.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A unit's application in one category and competition class of a cycle: the aggregate root of its
 * answers, renewal-prize fields, eligibility answers, contact persons and reopenings.
 * <ul>
 * <li>Only a draft changes; a submitted (or later) or withdrawn application is frozen.</li>
 * <li>An answer is at most the criterion's length limit; every change raises this root's version (the
 *     boundary forces the increment), so two contacts editing at once collide instead of overwriting.</li>
 * <li>Submitting takes the registration number handed out for the cycle and the submission time; a second
 *     submission is refused.</li>
 * <li>Withdrawing is possible for a draft or a submitted application that has not gone into review;
 *     a withdrawn application frees the unit's place in the category.</li>
 * <li>Reopening (administrators) sends a submitted application back to draft with a recorded reason; it
 *     keeps its registration number.</li>
 * </ul>
 */
@Entity
@Table(name = "application")
public class Application {

    /** Longest reopening reason. */
    public static final int MAX_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id")
    private Long cycleId;

    @Column(name = "category_id")
    private Long categoryId;

    @Column(name = "competition_class_id")
    private Long competitionClassId;

    @Column(name = "unit_id")
    private Long unitId;

    @Enumerated(EnumType.STRING)
    private AwardCategory award;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status = ApplicationStatus.DRAFT;

    @Column(name = "active_slot")
    private Integer activeSlot = 1;

    @Column(name = "registration_number")
    private String registrationNumber;

    @Column(name = "sequence_number")
    private Integer sequenceNumber;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Embedded
    private RenewalFields renewal;

    @Embedded
    private EligibilityAnswers eligibility;

    @Embedded
    private DeadlineExtension extension;

    @Column(name = "started_from_id")
    private Long startedFromId;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Answer> answers = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @jakarta.persistence.OrderBy("criterionCode, position")
    private List<Indicator> indicators = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "application_contact", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "person_id")
    private Set<Long> contactIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "application_reopening", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<Reopening> reopenings = new ArrayList<>();

    @Version
    private long version;

    protected Application() {
    }

    public Application(Long cycleId, Long categoryId, Long competitionClassId, Long unitId, AwardCategory award,
                       Instant now, String createdBy) {
        this.cycleId = cycleId;
        this.categoryId = categoryId;
        this.competitionClassId = competitionClassId;
        this.unitId = unitId;
        this.award = award;
        this.createdAt = now;
        this.changedAt = now;
        this.createdBy = createdBy;
    }

    /**
     * Sets the answer to a criterion: at most {@code maxLength} characters (line breaks count as one);
     * blank clears it. Only in a draft.
     */
    public void saveAnswer(Long criterionId, String criterionCode, String text, int maxLength, Instant now) {
        requireDraft();
        String clean = text == null || text.isBlank() ? null : text.replace("\r\n", "\n");
        if (clean != null && clean.length() > maxLength) {
            throw new ApplicationRuleException("applications.answer.tooLong", criterionCode, maxLength, clean.length());
        }
        var answer = answer(criterionCode).orElseGet(() -> {
            var added = new Answer(this, criterionId, criterionCode);
            answers.add(added);
            return added;
        });
        answer.setText(clean);
        changedAt = now;
    }

    /**
     * Replaces the indicator table of one criterion (validated by the boundary with {@code IndicatorRules});
     * an empty list clears it. Only in a draft.
     */
    public void replaceIndicators(String criterionCode, List<IndicatorRow> rows, Instant now) {
        requireDraft();
        indicators.removeIf(i -> i.getCriterionCode().equals(criterionCode));
        for (int i = 0; i < rows.size(); i++) {
            var r = rows.get(i);
            indicators.add(new Indicator(this, criterionCode, i + 1, r.measure(), r.unitOfMeasure(), r.target(),
                    r.comparisonLabel(), r.comparison(), r.values()));
        }
        changedAt = now;
    }

    /** One indicator to keep, already checked. */
    public record IndicatorRow(String measure, String unitOfMeasure, java.math.BigDecimal target,
                               String comparisonLabel, java.math.BigDecimal comparison,
                               java.util.Map<Integer, java.math.BigDecimal> values) {
    }

    /** Replaces the renewal-prize fields (renewal prize only, draft only). */
    public void describeRenewal(RenewalFields fields, Instant now) {
        requireDraft();
        if (award != AwardCategory.RENEWAL_PRIZE) {
            throw new ApplicationRuleException("applications.renewal.onlyRenewalPrize");
        }
        fields.requireValid();
        this.renewal = fields;
        changedAt = now;
    }

    /** Replaces the eligibility answers (draft only). */
    public void answerEligibility(EligibilityAnswers answers, Instant now) {
        requireDraft();
        answers.requireValid();
        this.eligibility = answers;
        changedAt = now;
    }

    public void addContact(Long personId) {
        requireNotWithdrawn();
        contactIds.add(personId);
    }

    /** Removes a contact person; the last one stays (somebody must answer for the application). */
    public void removeContact(Long personId) {
        requireNotWithdrawn();
        if (contactIds.contains(personId) && contactIds.size() == 1) {
            throw new ApplicationRuleException("applications.contact.last");
        }
        contactIds.remove(personId);
    }

    /** Freezes the draft under the registration number handed out for it. */
    public void submit(String number, int sequence, Instant now) {
        if (status.isSubmitted()) {
            throw new ApplicationRuleException("applications.submit.already", registrationNumber);
        }
        requireDraft();
        if (registrationNumber == null) {
            this.registrationNumber = number;
            this.sequenceNumber = sequence;
        }
        this.status = ApplicationStatus.SUBMITTED;
        this.submittedAt = now;
        this.changedAt = now;
    }

    /** Whether a registration number has been handed out already (a reopened application keeps its number). */
    public boolean hasRegistrationNumber() {
        return registrationNumber != null;
    }

    /** Withdraws a draft or a submitted application that has not gone into review. */
    public void withdraw(Instant now) {
        if (status != ApplicationStatus.DRAFT && status != ApplicationStatus.SUBMITTED) {
            throw new ApplicationRuleException("applications.withdraw.notAllowed", status);
        }
        status = ApplicationStatus.WITHDRAWN;
        activeSlot = null;
        withdrawnAt = now;
        changedAt = now;
    }

    /** Sends a submitted application back to draft for the given reason (1–1000 characters). */
    public void reopen(String reason, String by, Instant now) {
        if (status != ApplicationStatus.SUBMITTED) {
            throw new ApplicationRuleException("applications.reopen.notSubmitted", status);
        }
        if (reason == null || reason.isBlank()) {
            throw new ApplicationRuleException("applications.reopen.reasonRequired");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new ApplicationRuleException("applications.reopen.reasonTooLong", MAX_REASON);
        }
        reopenings.add(new Reopening(reason.strip(), by, now));
        status = ApplicationStatus.DRAFT;
        submittedAt = null;
        changedAt = now;
    }

    /**
     * The unit's feedback report was released. Normally the application is decided by then; but the release
     * waits only for the cycle's feedback date, so a report may reach the unit while the announcement is still
     * ahead: the application then ends as feedback released at once (the announcement leaves it so, and the
     * decision itself is read from the jury's record). Already released: nothing changes.
     */
    public void feedbackReleased(Instant now) {
        if (status == ApplicationStatus.FEEDBACK_RELEASED) {
            return;
        }
        if (status != ApplicationStatus.UNDER_REVIEW && status != ApplicationStatus.SITE_VISIT
                && status != ApplicationStatus.DECIDED) {
            throw new ApplicationRuleException("applications.status.notAllowed", status,
                    ApplicationStatus.FEEDBACK_RELEASED);
        }
        status = ApplicationStatus.FEEDBACK_RELEASED;
        changedAt = now;
    }

    /**
     * The cycle closed while this application was still a draft: it lapses. It is withdrawn (its place freed,
     * nothing more can be written), so no application of a closed year reads as still being written.
     */
    public void lapse(Instant now) {
        if (status != ApplicationStatus.DRAFT) {
            throw new ApplicationRuleException("applications.status.notAllowed", status, ApplicationStatus.WITHDRAWN);
        }
        withdraw(now);
    }

    /**
     * Gives this application a later deadline of its own (the limits are checked by the boundary with
     * {@code ExtensionRules}); replaces the one in force, keeping whether it was used.
     */
    public void extendDeadline(Instant until, String reason, String by, Instant now) {
        Instant used = extension == null ? null : extension.getUsedAt();
        extension = new DeadlineExtension(until, reason.strip(), by, now, used);
        changedAt = now;
    }

    /** Takes the extension back (the boundary checks it is unused). */
    public void revokeExtension(Instant now) {
        extension = null;
        changedAt = now;
    }

    /** The unit wrote after the cycle's deadline: the extension is used and stays. First use only. */
    public void extensionUsed(Instant now) {
        if (extension != null && !extension.isUsed()) {
            extension = new DeadlineExtension(extension.getUntil(), extension.getReason(), extension.getGrantedBy(),
                    extension.getGrantedAt(), now);
        }
    }

    /** Records the unit's earlier application this draft was started from. */
    public void startedFrom(Long earlierId) {
        this.startedFromId = earlierId;
    }

    /** Moves a submitted application on through review (see {@link ApplicationStatus#next()}). */
    public void moveTo(ApplicationStatus target) {
        if (!status.next().contains(target)) {
            throw new ApplicationRuleException("applications.status.notAllowed", status, target);
        }
        status = target;
    }

    public Optional<Answer> answer(String criterionCode) {
        return answers.stream().filter(a -> a.getCriterionCode().equals(criterionCode)).findFirst();
    }

    /** The answer texts by criterion code (empty answers left out). */
    public java.util.Map<String, String> answerTexts() {
        var texts = new java.util.LinkedHashMap<String, String>();
        answers.forEach(a -> {
            if (a.getText() != null) {
                texts.put(a.getCriterionCode(), a.getText());
            }
        });
        return texts;
    }

    private void requireDraft() {
        if (status == ApplicationStatus.WITHDRAWN) {
            throw new ApplicationRuleException("applications.withdrawn");
        }
        if (status != ApplicationStatus.DRAFT) {
            throw new ApplicationRuleException("applications.frozen", registrationNumber);
        }
    }

    private void requireNotWithdrawn() {
        if (status == ApplicationStatus.WITHDRAWN) {
            throw new ApplicationRuleException("applications.withdrawn");
        }
    }

    public Long getId() { return id; }
    public Long getCycleId() { return cycleId; }
    public Long getCategoryId() { return categoryId; }
    public Long getCompetitionClassId() { return competitionClassId; }
    public Long getUnitId() { return unitId; }
    public AwardCategory getAward() { return award; }
    public ApplicationStatus getStatus() { return status; }
    public String getRegistrationNumber() { return registrationNumber; }
    public Integer getSequenceNumber() { return sequenceNumber; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getChangedAt() { return changedAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getWithdrawnAt() { return withdrawnAt; }
    /** Never null (JPA loads an all-empty embeddable as null). */
    public RenewalFields renewal() { return renewal == null ? new RenewalFields() : renewal; }
    /** Never null. */
    public EligibilityAnswers eligibility() { return eligibility == null ? new EligibilityAnswers() : eligibility; }
    /** The extension in force, if any (JPA loads an all-empty embeddable as null). */
    public Optional<DeadlineExtension> extension() {
        return extension == null || extension.getUntil() == null ? Optional.empty() : Optional.of(extension);
    }
    /** The extended deadline, or null. */
    public Instant extendedUntil() { return extension().map(DeadlineExtension::getUntil).orElse(null); }
    public Long getStartedFromId() { return startedFromId; }
    /** The indicators of every results criterion, by criterion and position. */
    public List<Indicator> getIndicators() { return Collections.unmodifiableList(indicators); }
    public List<Answer> getAnswers() { return Collections.unmodifiableList(answers); }
    public Set<Long> getContactIds() { return Collections.unmodifiableSet(contactIds); }
    public List<Reopening> getReopenings() { return Collections.unmodifiableList(reopenings); }
    public long getVersion() { return version; }
}
