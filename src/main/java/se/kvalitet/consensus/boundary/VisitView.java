package se.kvalitet.consensus.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The site visit of an application: its plan, questions and outcomes, and the consensus scores before and
 * after the visit. {@code selected} is false when nobody chose the application for a visit (then only the
 * recommendation and the scores are filled). {@code adjustmentsOpen}: the cycle's phase still accepts adjusted
 * scores (not once the jury's phase has begun).
 */
public record VisitView(Long applicationId, String registrationNumber, String unitName, boolean selected,
                        Long visitId, long version, LocalDate visitDate, String participants, String interviewees,
                        boolean held, LocalDate heldOn, List<Question> questions, List<Adjustment> scores,
                        Boolean recommended, boolean consensusClosed, boolean callerMayPlan, List<String> criteria,
                        boolean adjustmentsOpen) implements Serializable {

    public record Question(Long id, int position, String criterionCode, String question, String outcome, String note)
            implements Serializable {
    }

    /** A consensus score before and (when adjusted) after the visit; {@code version} is the row's. */
    public record Adjustment(String code, String title, Integer before, String bandBefore, Integer after,
                             String bandAfter, String reason, Instant adjustedAt, long version) implements Serializable {

        public boolean adjusted() { return after != null; }
    }

    public boolean editable() { return selected && !held && callerMayPlan; }
    public boolean adjustable() { return held && callerMayPlan && consensusClosed && adjustmentsOpen; }

    /** The leader could adjust, but the jury's phase has begun: the page says why the form is gone. */
    public boolean adjustmentsClosed() { return held && callerMayPlan && consensusClosed && !adjustmentsOpen; }
}
