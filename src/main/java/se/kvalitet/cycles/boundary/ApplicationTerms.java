package se.kvalitet.cycles.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import se.kvalitet.cycles.entity.AwardCycle;

/**
 * What the applications component needs of a cycle, in plain types: phase and deadline, the
 * registration-number format, the eligibility and attachment settings, the categories with their
 * evaluation models and competition classes, and the planned start of review (the limit of a per-application
 * deadline extension).
 */
public record ApplicationTerms(Long cycleId, int year, String name, String phase, Instant applicationClosesAt,
                               String registrationFormat, int minStaffCount, int minResidentShare,
                               int quarantineYears, String attachmentTypes, int maxFileMb, int maxTotalMb,
                               List<Category> categories, java.time.LocalDate reviewStartsOn) implements Serializable {

    /** A category (award name QUALITY_AWARD or RENEWAL_PRIZE) with its model and classes. */
    public record Category(Long id, String award, Long evaluationModelId, List<ClassTerm> classes) implements Serializable {
    }

    public record ClassTerm(Long id, String name) implements Serializable {
    }

    static ApplicationTerms of(AwardCycle c) {
        return new ApplicationTerms(c.getId(), c.getYear(), c.getName(), c.getPhase().name(),
                c.plannedDates().getApplicationClosesAt(), c.getRegistrationFormat(), c.getMinStaffCount(),
                c.getMinResidentShare(), c.getQuarantineYears(), c.getAttachmentTypes(), c.getMaxFileMb(),
                c.getMaxTotalMb(),
                c.getCategories().stream().sorted(java.util.Comparator.comparing(cat -> cat.getAward()))
                        .map(cat -> new Category(cat.getId(), cat.getAward().name(), cat.getEvaluationModelId(),
                                cat.getClasses().stream().map(k -> new ClassTerm(k.getId(), k.getName())).toList()))
                        .toList(), c.plannedDates().getReviewStartsOn());
    }

    /** Every class of the cycle by id, in the categories' order and each category's class order (a list's order). */
    public java.util.Map<Long, String> classNames() {
        var names = new java.util.LinkedHashMap<Long, String>();
        categories.forEach(c -> c.classes().forEach(k -> names.put(k.id(), k.name())));
        return names;
    }

    /** The classes of several cycles by id (class ids are unique across cycles). */
    public static java.util.Map<Long, String> classNames(java.util.Collection<ApplicationTerms> terms) {
        var names = new java.util.LinkedHashMap<Long, String>();
        terms.forEach(t -> names.putAll(t.classNames()));
        return names;
    }

    public java.util.Optional<Category> category(String award) {
        return categories.stream().filter(c -> c.award().equals(award)).findFirst();
    }
}
