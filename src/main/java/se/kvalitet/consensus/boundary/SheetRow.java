package se.kvalitet.consensus.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One criterion of the consensus sheet: the individual scores side by side (in the order of
 * {@link SheetView#examiners()}), their spread and whether it is flagged, the median the score was pre-filled
 * with, the agreed score and words, and after a site visit the adjusted score with its reason. {@code version}
 * is the row's, to send back with a change.
 */
public record SheetRow(String code, String title, int position, int maxPoints, List<Integer> individual,
                       List<String> individualJustifications, int spread, boolean flagged, Integer median,
                       Integer value, String band, Double points, String justification, String strengths,
                       String improvements, long version, Integer adjustedValue, String adjustedBand,
                       Double adjustedPoints, String adjustmentReason, Instant adjustedAt) implements Serializable {

    public boolean adjusted() { return adjustedValue != null; }
}
