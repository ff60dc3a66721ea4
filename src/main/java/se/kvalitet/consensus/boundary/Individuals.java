package se.kvalitet.consensus.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.security.Role;
import se.kvalitet.scoring.boundary.AssessmentView;
import se.kvalitet.scoring.boundary.Assessments;

/**
 * The individual assessments, reached through the scoring component's boundary. One class, so the consensus
 * depends on scoring's contract in one place only. Scoring decides who may see what (blindness); this class
 * only turns "you may not" into "nothing to show". Reading runs in a transaction of its own: a refusal rolls
 * back the transaction it happens in, and the consensus's own must stay usable.
 */
@Stateless
@RolesAllowed({Role.EXAMINER_NAME, Role.ADMIN_NAME})
public class Individuals {

    @Inject
    Assessments assessments;

    /** The submitted (or locked) assessments of an application the caller may see; empty when blind to them. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Submitted> submitted(Long applicationId) {
        try {
            return assessments.submittedFor(applicationId).stream().map(Individuals::submitted).toList();
        } catch (RuleViolation blind) {
            return List.of();
        }
    }

    /**
     * Every assessment of the application becomes read-only (kept on record), as the consensus opens. Scoring
     * checks the opening rules again itself: it owns the assessments and their blindness.
     */
    public void lock(Long applicationId, boolean override) {
        assessments.lockForConsensus(applicationId, override);
    }

    static Submitted submitted(AssessmentView assessment) {
        var scores = new LinkedHashMap<String, Submitted.Individual>();
        assessment.scores().forEach(s -> scores.put(s.criterionCode(), new Submitted.Individual(s.value(), s.band(),
                s.justification(), s.strengths(), s.improvements())));
        return new Submitted(assessment.examinerId(), assessment.examinerName(), scores);
    }
}
