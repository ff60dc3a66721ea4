package se.kvalitet.consensus.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import se.kvalitet.consensus.control.CloseRules;
import se.kvalitet.consensus.entity.ConsensusSheet;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.events.DomainEvents;
import se.kvalitet.platform.security.Role;

/**
 * The team's consensus on an application. The leader opens it once every member submitted (the administrator
 * may override a missing one), which locks the individual assessments; the members agree on a score per
 * criterion, the key themes and a recommendation, and sign off; the leader closes it. Every change names the
 * version it was made on and a stale one is refused: the sheet's version for themes and recommendation, the
 * row's for a score, the content version for a sign-off. Anybody off the team gets "not found".
 */
@Stateless
@RolesAllowed({Role.EXAMINER_NAME, Role.ADMIN_NAME})
public class Consensus {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    TeamAccess access;

    @Inject
    Sheets sheets;

    @Inject
    Models models;

    @Inject
    Individuals individuals;

    @Inject
    DomainEvents events;


    Clock clock = Clock.systemUTC();

    public SheetView sheet(Long applicationId) {
        var caller = access.reading(applicationId, admin());
        var submitted = individuals.submitted(applicationId);
        var sheet = sheets.of(applicationId);
        if (sheet.isEmpty()) {
            return sheets.notOpened(caller, submitted);
        }
        return sheets.view(caller, sheet.get(), models.view(sheet.get().getModelId()), submitted);
    }

    /**
     * Opens the consensus: the leader when every member submitted, the administrator also with some missing
     * ({@code override}), once the cycle is in its consensus phase (or later, up to the jury: late teams). The
     * assessments become read-only and each criterion is pre-filled with the median.
     */
    public SheetView open(Long applicationId, boolean override) {
        var caller = access.leader(applicationId, admin(), true);
        if (sheets.of(applicationId).isPresent()) {
            throw new RuleViolation("consensus.alreadyOpened");
        }
        var submitted = individuals.submitted(applicationId);
        // the lock first: opening is locking, so scoring's lock rules (scoring/control/LockRules: leader or
        // administrator, phase, every member submitted unless overridden) are the opening rules, and they refuse
        // before anything of the consensus exists
        individuals.lock(applicationId, override && caller.admin());
        var model = models.forTeam(caller.team());
        var sheet = sheets.create(new ConsensusSheet(caller.team().cycleId(), applicationId, model.id(),
                caller.callerId(), clock.instant()), model, submitted);
        events.record("ConsensusOpened", "Consensus", sheet.getId(),
                "application=" + applicationId + (submitted.size() < caller.team().members().size() ? " override" : ""));
        return sheets.view(caller, sheet, model, submitted);
    }

    /** A member records the agreed score of a criterion, on the row's version. */
    public long recordScore(Long applicationId, String criterionCode, ScoreChange change, long expectedRowVersion) {
        access.member(applicationId, admin());
        var sheet = openSheet(applicationId);
        var score = sheet.score(criterionCode).orElseThrow(() -> new RuleViolation("consensus.criterion.unknown",
                criterionCode));
        if (score.getVersion() != expectedRowVersion) {
            throw new RuleViolation("consensus.conflict.stale");
        }
        var model = models.view(sheet.getModelId());
        Models.requireValue(model, change.value());
        score.record(change.value(), model.bandOf(change.value()).label(), model.points(criterionCode, change.value()),
                change.justification(), change.strengths(), change.improvements());
        sheets.voidSignoffs(sheet);
        em.flush();
        events.record("ConsensusScoreRecorded", "Consensus", sheet.getId(), criterionCode + "=" + change.value());
        return score.getVersion();
    }

    /** A member writes the 3–5 key strengths and improvement areas (fewer while working, never more). */
    public long changeThemes(Long applicationId, List<String> strengths, List<String> improvements,
                             long expectedVersion) {
        access.member(applicationId, admin());
        var sheet = current(applicationId, expectedVersion);
        sheet.changeThemes(strengths, improvements);
        return changed(sheet, "ConsensusThemesChanged", null);
    }

    /** A member records the team's recommendation: a site visit or not, and the award level proposed. */
    public long recommend(Long applicationId, Boolean siteVisit, String proposedLevel, long expectedVersion) {
        access.member(applicationId, admin());
        var sheet = current(applicationId, expectedVersion);
        sheet.recommend(siteVisit, proposedLevel);
        return changed(sheet, "ConsensusRecommended", "siteVisit=" + siteVisit);
    }

    /** A member agrees with the sheet as they saw it ({@code expectedContentVersion}); stale means re-read first. */
    public void signOff(Long applicationId, long expectedContentVersion) {
        var caller = access.member(applicationId, admin());
        var sheet = openSheet(applicationId);
        requireContent(sheet, expectedContentVersion);
        if (!sheets.signoffs(sheet).containsKey(caller.callerId())) {
            em.persist(sheet.signOff(caller.callerId(), clock.instant()));
            events.record("ConsensusSignedOff", "Consensus", sheet.getId(), "person=" + caller.callerId());
        }
    }

    /** The leader closes a complete sheet every member signed; from then on it is the team's result. */
    public void close(Long applicationId, long expectedContentVersion) {
        var caller = access.leader(applicationId, admin(), false);
        var sheet = openSheet(applicationId);
        requireContent(sheet, expectedContentVersion);
        CloseRules.require(sheet, caller.team().memberIds(), sheets.signoffs(sheet).keySet());
        sheet.close(caller.callerId(), clock.instant());
        em.flush();
        events.record("ConsensusClosed", "Consensus", sheet.getId(), "total=" + sheet.totalPoints());
    }

    /**
     * The sheet is what the caller saw, and stays so until this transaction commits: every row and the sheet are
     * read-locked, so an edit committed in between makes this sign-off or close fail rather than approve a sheet
     * nobody saw.
     */
    private void requireContent(ConsensusSheet sheet, long expectedContentVersion) {
        if (sheet.contentVersion() != expectedContentVersion) {
            throw new RuleViolation("consensus.conflict.stale");
        }
        em.lock(sheet, LockModeType.OPTIMISTIC);
        sheet.getScores().forEach(score -> em.lock(score, LockModeType.OPTIMISTIC));
    }

    private ConsensusSheet openSheet(Long applicationId) {
        var sheet = sheets.of(applicationId).orElseThrow(() -> new RuleViolation("consensus.notOpened"));
        sheet.requireOpen();
        return sheet;
    }

    private ConsensusSheet current(Long applicationId, long expectedVersion) {
        var sheet = openSheet(applicationId);
        if (sheet.getVersion() != expectedVersion) {
            throw new RuleViolation("consensus.conflict.stale");
        }
        return sheet;
    }

    private long changed(ConsensusSheet sheet, String event, String details) {
        sheets.voidSignoffs(sheet);
        em.flush();
        events.record(event, "Consensus", sheet.getId(), details);
        return sheet.getVersion();
    }


    private boolean admin() {
        return session.isCallerInRole(Role.ADMIN_NAME);
    }
}
