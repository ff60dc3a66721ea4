package se.kvalitet.jury.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import se.kvalitet.jury.boundary.StandingView;
import se.kvalitet.jury.boundary.WarningView;
import se.kvalitet.platform.web.Messages;

/** Small text helpers for the jury's pages: labels in blind mode, warnings, recommendations. */
@Named("juryText")
@ApplicationScoped
public class JuryText {

    /** The unit's name, or "Ansökan A-K7QF2M" (its random code) in blind mode. */
    public String label(StandingView s) {
        return s.unitName() != null ? s.unitName() : Messages.text("jury.anonymous", s.code());
    }

    public String warning(WarningView w) {
        return Messages.text(w.key(), w.arguments().toArray());
    }

    public String recommendation(StandingView s) {
        if (s.siteVisitRecommended() == null && s.proposedLevel() == null) {
            return Messages.text("jury.none");
        }
        String visit = s.siteVisitRecommended() == null ? "" : Messages.text(Boolean.TRUE.equals(s.siteVisitRecommended())
                ? "jury.recommend.visit" : "jury.recommend.noVisit");
        String level = s.proposedLevel() == null || s.proposedLevel().isBlank() ? ""
                : Messages.text("jury.recommend.level", s.proposedLevel());
        return (visit + (visit.isEmpty() || level.isEmpty() ? "" : ". ") + level).strip();
    }

    public String bands(StandingView s) {
        return part(s.processPercent(), s.processBand()) + " / " + part(s.resultPercent(), s.resultBand());
    }

    private static String part(Integer percent, String band) {
        if (percent == null) {
            return "–";
        }
        return percent + " %" + (band == null ? "" : " (" + band + ")");
    }

    public String total(StandingView s) {
        if (s.renewalMean() != null) {
            return Messages.text("jury.renewal.mean", s.renewalMean(), s.renewalSubmitted());
        }
        return s.total() == null ? "–" : String.format(java.util.Locale.ROOT, "%.1f", s.total());
    }
}
