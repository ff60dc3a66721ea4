package se.kvalitet.winners.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.kvalitet.applications.boundary.AnnouncedWinners;
import se.kvalitet.applications.boundary.AnnouncedWinners.WinnerFacts;
import se.kvalitet.cycles.boundary.AnnouncedCycle;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.examples.boundary.Library;
import se.kvalitet.jury.boundary.AnnouncedDecision;
import se.kvalitet.jury.boundary.JuryDecisions;
import se.kvalitet.people.boundary.CurrentPerson;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.i18n.Texts;
import se.kvalitet.platform.security.Role;
import se.kvalitet.winners.control.Diploma;
import se.kvalitet.winners.control.DiplomaPdf;

/**
 * The year's winners for everyone, signed in or not, and the diplomas. Only announced years exist here (any other
 * year is "not found"). A unit is named only with its public consent ({@link Library#publiclyConsented}); a
 * winner's diploma goes to administrators and the unit's own people always, to anyone else only with that consent;
 * otherwise "not found", so an id reveals nothing.
 */
@Stateless
@PermitAll
public class Winners {

    static final String WINNER = "WINNER";

    @Resource
    SessionContext session;

    @Inject
    Cycles cycles;

    @Inject
    JuryDecisions juryDecisions;

    @Inject
    AnnouncedWinners announcedWinners;

    @Inject
    Library library;

    @Inject
    CurrentPerson currentPerson;


    /** The announced years, newest first. */
    public List<Integer> years() {
        return cycles.announcedCycles().stream().map(AnnouncedCycle::year).toList();
    }

    /** The winners of an announced year; "not found" for a year not (yet) announced. */
    public WinnersYear year(int year) {
        var cycle = cycles.announced(year).orElseThrow(() -> new NotFound("winners.year.notFound", year));
        Map<Long, String> motivations = new HashMap<>();
        juryDecisions.announcedIn(cycle.id()).stream().filter(d -> WINNER.equals(d.outcome()))
                .forEach(d -> motivations.put(d.applicationId(), d.motivation()));
        var facts = announcedWinners.of(motivations.keySet());
        Set<Long> consented = library.publiclyConsented(motivations.keySet());
        var winners = facts.stream().map(f -> new WinnersYear.Winner(f.applicationId(), f.award(),
                f.competitionClassName(), consented.contains(f.applicationId()) ? f.unitName() : null,
                motivations.get(f.applicationId()), mayHaveDiploma(f, consented))).toList();
        return new WinnersYear(cycle.year(), cycle.name(), cycle.announcementOn(), cycle.ceremonyOn(),
                cycle.ceremonyPlace(), winners);
    }

    /**
     * A winner's diploma as a tagged PDF in {@code language} (sv or en): only for an announced win, and only to
     * administrators, the unit's own people, or anyone once the unit consented to public publication.
     */
    public byte[] diploma(long applicationId, String language) {
        var decision = juryDecisions.announced(applicationId).filter(d -> WINNER.equals(d.outcome()))
                .orElseThrow(() -> new NotFound("winners.diploma.notFound", applicationId));
        var facts = announcedWinners.of(List.of(applicationId)).stream().findFirst()
                .orElseThrow(() -> new NotFound("winners.diploma.notFound", applicationId));
        var cycle = cycles.announcedCycles().stream().filter(c -> c.id().equals(facts.cycleId())).findFirst()
                .orElseThrow(() -> new NotFound("winners.diploma.notFound", applicationId));
        if (!mayHaveDiploma(facts, library.publiclyConsented(List.of(applicationId)))) {
            throw new NotFound("winners.diploma.notFound", applicationId);
        }
        var locale = "en".equals(language) ? Texts.ENGLISH : Texts.SWEDISH;
        return DiplomaPdf.render(new Diploma("en".equals(language) ? "en" : "sv",
                Texts.text(locale, "winners.award." + facts.award()), cycle.year(), facts.unitName(),
                facts.competitionClassName(), motivation(decision), cycle.ceremonyOn(), cycle.ceremonyPlace()));
    }

    private boolean mayHaveDiploma(WinnerFacts facts, Set<Long> consented) {
        if (consented.contains(facts.applicationId()) || session.isCallerInRole(Role.ADMIN_NAME)) {
            return true;
        }
        return session.isCallerInRole(Role.APPLICANT_NAME) && currentPerson.caller()
                .map(c -> facts.unitId().equals(c.unitId())).orElse(false);
    }

    private static String motivation(AnnouncedDecision decision) {
        return decision.motivation();
    }
}
