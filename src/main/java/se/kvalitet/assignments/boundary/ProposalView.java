package se.kvalitet.assignments.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A proposal as the administrator reviews it. {@code version} goes back with every adjustment;
 * {@code committable} is false while a hard breach or a shortfall remains ({@code breaches} and the
 * shortfalls of {@code teams} say which). {@code notReady}: examiners of the cycle left out because they
 * are not trained or not approved yet.
 */
public record ProposalView(Long id, long version, Long cycleId, Long categoryId, String award, String status,
                           int teamSize, Instant createdAt, List<ProposalTeamView> teams, List<BreachView> breaches,
                           List<ExaminerChoice> examiners, List<String> notReady, ProposalFigures figures,
                           boolean committable) implements Serializable {

    public ProposalView {
        teams = List.copyOf(teams);
        breaches = List.copyOf(breaches);
        examiners = List.copyOf(examiners);
        notReady = List.copyOf(notReady);
    }

    public List<ShortfallView> shortfalls() {
        return teams.stream().map(ProposalTeamView::shortfall).filter(java.util.Objects::nonNull).toList();
    }
}
