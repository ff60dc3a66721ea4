package se.kvalitet.cycles.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One year's award cycle. It holds the categories (quality award, renewal prize), the dates of each
 * phase, and the current phase. The phase moves only along {@link Phase#next()}; opening the
 * application period needs complete dates and an evaluation model in every category. The year lies
 * in 2000–2100; the registration-number format must contain {@code {seq}} so that numbers are unique.
 */
@Entity
@Table(name = "award_cycle")
public class AwardCycle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Min(2000)
    @Max(2100)
    @Column(name = "cycle_year")
    private int year;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Phase phase = Phase.PLANNING;

    /** Pattern of registration numbers, e.g. {@code KS {year}/{seq}}. */
    @NotBlank
    @Size(max = 60)
    @Column(name = "registration_format")
    private String registrationFormat = "KS {year}/{seq}";

    @Valid
    @jakarta.persistence.Embedded
    private PhaseDates dates = new PhaseDates();

    @Valid
    @OneToMany(mappedBy = "cycle", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("award")
    private List<CycleCategory> categories = new ArrayList<>();

    // eligibility and attachment settings for applications (defaults from the migration)
    @Column(name = "min_staff_count")
    private int minStaffCount = 5;

    @Column(name = "min_resident_share")
    private int minResidentShare = 51;

    @Column(name = "quarantine_years")
    private int quarantineYears = 2;

    /** PDF_ONLY or PDF_AND_OFFICE. */
    @Column(name = "attachment_types")
    private String attachmentTypes = "PDF_ONLY";

    @Column(name = "max_file_mb")
    private int maxFileMb = 10;

    @Column(name = "max_total_mb")
    private int maxTotalMb = 30;

    @Version
    private long version;

    protected AwardCycle() {
    }

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    /** Placeholders a registration-number format may use; {@code {seq}} is required. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

    public AwardCycle(int year, String name) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new PhaseTransitionException("cycle.year.range", year, FIRST_YEAR, LAST_YEAR);
        }
        this.year = year;
        rename(name);
    }

    /** Gives the cycle a new name (1–200 characters). */
    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new PhaseTransitionException("cycle.name.required");
        }
        if (newName.strip().length() > 200) {
            throw new PhaseTransitionException("cycle.name.tooLong", 200);
        }
        this.name = newName.strip();
    }

    /**
     * Sets the pattern of registration numbers. It must contain {@code {seq}} (the running number) and
     * may contain {@code {year}}; no other placeholders, at most 60 characters.
     */
    public void useRegistrationFormat(String format) {
        if (format == null || format.isBlank() || !format.contains("{seq}")) {
            throw new PhaseTransitionException("cycle.registrationFormat.noSeq");
        }
        if (format.strip().length() > 60) {
            throw new PhaseTransitionException("cycle.registrationFormat.tooLong", 60);
        }
        var matcher = PLACEHOLDER.matcher(format);
        while (matcher.find()) {
            if (!matcher.group(1).equals("seq") && !matcher.group(1).equals("year")) {
                throw new PhaseTransitionException("cycle.registrationFormat.unknownPlaceholder", matcher.group());
            }
        }
        this.registrationFormat = format.strip();
    }

    /** The registration number (diarienummer) of the application with the given running number. */
    public String registrationNumber(int sequence) {
        return formatRegistrationNumber(registrationFormat, year, sequence);
    }

    public static String formatRegistrationNumber(String format, int year, int sequence) {
        return format.replace("{year}", String.valueOf(year)).replace("{seq}", String.valueOf(sequence));
    }

    /**
     * Replaces the planned dates. They must be in order; once the application period has been opened,
     * its opening and closing can be moved (an extended deadline) but not removed; a date whose phase the
     * cycle has passed is locked ({@link PlannedDate}) and stays as it is.
     */
    public void reschedule(PhaseDates planned) {
        requireSchedulable(planned);
        for (PlannedDate date : PlannedDate.values()) {
            if (date.lockedIn(phase) && date.differs(plannedDates(), planned)) {
                throw new PhaseTransitionException("cycle.dates.locked", date, date.governs());
            }
        }
        this.dates = planned;
    }

    /**
     * An administrator corrects the planned dates, locked ones included, for a reason that goes on record
     * (1–1000 characters). The dates must still be in order and something must change; returns each changed
     * date with its old and new value, for the audit trail.
     */
    public List<DateCorrection> correctDates(PhaseDates planned, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new PhaseTransitionException("cycle.dates.correction.reasonRequired");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new PhaseTransitionException("cycle.dates.correction.reasonTooLong", MAX_REASON);
        }
        requireSchedulable(planned);
        var before = plannedDates();
        List<DateCorrection> changes = new ArrayList<>();
        for (PlannedDate date : PlannedDate.values()) {
            if (date.differs(before, planned)) {
                changes.add(new DateCorrection(date, date.text(before), date.text(planned)));
            }
        }
        if (changes.isEmpty()) {
            throw new PhaseTransitionException("cycle.dates.correction.nothing");
        }
        this.dates = planned;
        return changes;
    }

    /** Which of the planned dates are locked now. */
    public List<PlannedDate> lockedDates() {
        return java.util.Arrays.stream(PlannedDate.values()).filter(d -> d.lockedIn(phase)).toList();
    }

    private void requireSchedulable(PhaseDates planned) {
        planned.requireInOrder();
        if (phase != Phase.PLANNING
                && (planned.getApplicationOpensOn() == null || planned.getApplicationClosesAt() == null)) {
            throw new PhaseTransitionException("cycle.dates.applicationDatesRequired");
        }
    }

    /** Longest reason for a date correction or an early close. */
    public static final int MAX_REASON = 1000;

    /**
     * Whether moving to {@code target} now would close the application period before its own deadline: the
     * units were promised until then, so it takes a deliberate decision with a reason.
     */
    public boolean closesBeforeDeadline(Phase target, Instant now) {
        var deadline = plannedDates().getApplicationClosesAt();
        return phase == Phase.APPLICATION_OPEN && target == Phase.APPLICATION_CLOSED && deadline != null
                && now.isBefore(deadline);
    }

    /**
     * {@link #moveTo(Phase)}, and closing the application period before its deadline only with a reason
     * (1–1000 characters); returns whether it closed early (the caller records the reason).
     */
    public boolean moveTo(Phase target, Instant now, String earlyCloseReason) {
        boolean early = closesBeforeDeadline(target, now);
        if (early) {
            if (earlyCloseReason == null || earlyCloseReason.isBlank()) {
                throw new PhaseTransitionException("cycle.phase.closeBeforeDeadline",
                        plannedDates().getApplicationClosesAtCityTime().toString().replace('T', ' '));
            }
            if (earlyCloseReason.strip().length() > MAX_REASON) {
                throw new PhaseTransitionException("cycle.dates.correction.reasonTooLong", MAX_REASON);
            }
        }
        moveTo(target);
        return early;
    }

    /**
     * Takes over another cycle's set-up while this one is planned: the registration-number format, the
     * application terms, the categories with their classes in order and prize money, and the dates moved by
     * the years between the two cycles. The evaluation models are copied by their own component: the caller
     * gives the copy's id per award ({@code modelCopies}).
     */
    public void takeOverSetUp(AwardCycle source, java.util.Map<Award, Long> modelCopies) {
        requirePhase(Phase.PLANNING, "cycle.copy.onlyInPlanning");
        if (!categories.isEmpty()) {
            throw new PhaseTransitionException("cycle.copy.notEmpty");
        }
        useRegistrationFormat(source.registrationFormat);
        setApplicationTerms(source.minStaffCount, source.minResidentShare, source.quarantineYears,
                source.attachmentTypes, source.maxFileMb, source.maxTotalMb);
        for (CycleCategory from : source.categories) {
            var category = addCategory(from.getAward());
            from.getClasses().forEach(c -> category.addClass(c.getName()));
            if (from.getPrizeAmount() != null) {
                category.offerPrize(from.getPrizeAmount());
            }
            Long model = modelCopies.get(from.getAward());
            if (model != null) {
                category.useModel(model);
            }
        }
        this.dates = source.plannedDates().movedBy(year - source.year);
        this.dates.requireInOrder();
    }

    /** Attachment types an application may carry: PDF only, or PDF and Office documents. */
    public static final String PDF_ONLY = "PDF_ONLY";
    public static final String PDF_AND_OFFICE = "PDF_AND_OFFICE";

    /**
     * Sets the terms applicants must meet: fewest staff (1–1000), smallest share of city residents a
     * private unit serves (0–100 %), years of quarantine after a win (0–10), the attachment types, the
     * largest file (1–100 MB) and the largest total (at least one file, at most 500 MB). Applicants must
     * know the rules, so they may change only while the cycle is planned or open for applications.
     */
    public void setApplicationTerms(int minStaffCount, int minResidentShare, int quarantineYears,
                                    String attachmentTypes, int maxFileMb, int maxTotalMb) {
        if (!allowsTermChanges()) {
            throw new PhaseTransitionException("cycle.terms.locked", phase);
        }
        requireRange(minStaffCount, 1, 1000, "cycle.terms.minStaffCount.range");
        requireRange(minResidentShare, 0, 100, "cycle.terms.minResidentShare.range");
        requireRange(quarantineYears, 0, 10, "cycle.terms.quarantineYears.range");
        if (!PDF_ONLY.equals(attachmentTypes) && !PDF_AND_OFFICE.equals(attachmentTypes)) {
            throw new PhaseTransitionException("cycle.terms.attachmentTypes.unknown");
        }
        requireRange(maxFileMb, 1, 100, "cycle.terms.maxFileMb.range");
        if (maxTotalMb < maxFileMb || maxTotalMb > 500) {
            throw new PhaseTransitionException("cycle.terms.maxTotalMb.range", maxFileMb, 500);
        }
        this.minStaffCount = minStaffCount;
        this.minResidentShare = minResidentShare;
        this.quarantineYears = quarantineYears;
        this.attachmentTypes = attachmentTypes;
        this.maxFileMb = maxFileMb;
        this.maxTotalMb = maxTotalMb;
    }

    /** The application terms may change while the cycle is planned or open for applications. */
    public boolean allowsTermChanges() {
        return phase == Phase.PLANNING || phase == Phase.APPLICATION_OPEN;
    }

    private static void requireRange(int value, int min, int max, String messageKey) {
        if (value < min || value > max) {
            throw new PhaseTransitionException(messageKey, min, max);
        }
    }

    public CycleCategory addCategory(Award award) {
        if (category(award).isPresent()) {
            throw new PhaseTransitionException("cycle.category.exists", award);
        }
        requirePhase(Phase.PLANNING, "cycle.category.onlyInPlanning");
        var category = new CycleCategory(this, award);
        categories.add(category);
        return category;
    }

    public Optional<CycleCategory> category(Award award) {
        return categories.stream().filter(c -> c.getAward() == award).findFirst();
    }

    /**
     * Moves the cycle to the given phase if the rules allow it (closing applications before the deadline is
     * checked by {@link #moveTo(Phase, Instant, String)}, which the boundary uses). Opening applications requires that
     * every category has an evaluation model and the application dates are set and in order.
     */
    public void moveTo(Phase target) {
        if (!phase.canMoveTo(target)) {
            throw new PhaseTransitionException("cycle.phase.notAllowed", phase, target);
        }
        if (target == Phase.APPLICATION_OPEN) {
            if (categories.isEmpty()) {
                throw new PhaseTransitionException("cycle.phase.noCategories");
            }
            for (var category : categories) {
                if (category.getEvaluationModelId() == null) {
                    throw new PhaseTransitionException("cycle.phase.categoryWithoutModel", category.getAward());
                }
            }
            if (plannedDates().getApplicationOpensOn() == null || plannedDates().getApplicationClosesAt() == null) {
                throw new PhaseTransitionException("cycle.phase.applicationDatesMissing");
            }
        }
        plannedDates().requireInOrder();
        phase = target;
    }

    /** Applications can be submitted while the period is open and the deadline (server time) has not passed. */
    public boolean acceptsApplications(Instant now) {
        return phase == Phase.APPLICATION_OPEN && plannedDates().getApplicationClosesAt() != null
                && now.isBefore(plannedDates().getApplicationClosesAt());
    }

    public boolean allowsModelChanges() {
        return phase.allowsModelChanges();
    }

    void requirePhase(Phase required, String messageKey) {
        if (phase != required) {
            throw new PhaseTransitionException(messageKey, phase);
        }
    }

    public Long getId() { return id; }
    public int getYear() { return year; }
    public String getName() { return name; }
    public Phase getPhase() { return phase; }
    public String getRegistrationFormat() { return registrationFormat; }
    public void setRegistrationFormat(String registrationFormat) { useRegistrationFormat(registrationFormat); }
    /**
     * The planned dates, to change them in place; never null. JPA loads an embeddable whose columns are
     * all empty as null, so a cycle without dates gets an empty set here, which the persistence provider
     * then counts as a change. Code that only reads uses {@link #plannedDates()}.
     */
    public PhaseDates getDates() {
        if (dates == null) {
            dates = new PhaseDates();
        }
        return dates;
    }

    /** The planned dates for reading: never null, and reading them never changes the cycle. */
    public PhaseDates plannedDates() {
        return dates == null ? new PhaseDates() : dates;
    }
    public List<CycleCategory> getCategories() { return categories; }
    public long getVersion() { return version; }
    /** Fewest staff a unit may have to take part. */
    public int getMinStaffCount() { return minStaffCount; }
    /** Smallest share (%) of city residents a privately run unit must serve. */
    public int getMinResidentShare() { return minResidentShare; }
    /** Years after a win in which a unit may not win again. */
    public int getQuarantineYears() { return quarantineYears; }
    /** Which attachments are accepted: PDF_ONLY or PDF_AND_OFFICE. */
    public String getAttachmentTypes() { return attachmentTypes; }
    public int getMaxFileMb() { return maxFileMb; }
    public int getMaxTotalMb() { return maxTotalMb; }

    /** The opening date as shown, for lists. */
    public LocalDate getApplicationOpensOn() { return plannedDates().getApplicationOpensOn(); }
}
