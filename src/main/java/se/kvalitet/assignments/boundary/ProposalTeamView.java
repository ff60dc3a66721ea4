package se.kvalitet.assignments.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * One application of a proposal with its team, warnings, hard breaches and shortfall (null when full).
 * {@code conflictedExaminerIds}: who must not be chosen for it (the dropdowns mark them).
 */
public record ProposalTeamView(Long applicationId, String registrationNumber, String unitName, String serviceArea,
                               String className, List<MemberView> members, List<WarningView> warnings,
                               List<BreachView> breaches, ShortfallView shortfall, List<Long> conflictedExaminerIds)
        implements Serializable {

    public ProposalTeamView {
        members = List.copyOf(members);
        warnings = List.copyOf(warnings);
        breaches = List.copyOf(breaches);
        conflictedExaminerIds = List.copyOf(conflictedExaminerIds);
    }
}
