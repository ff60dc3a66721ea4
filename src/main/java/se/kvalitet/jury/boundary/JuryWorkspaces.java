package se.kvalitet.jury.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.kvalitet.conflicts.boundary.Confirmations;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.jury.control.Minutes;
import se.kvalitet.jury.control.MinutesPdf;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.i18n.Texts;
import se.kvalitet.platform.security.Role;

/**
 * What jurors and administrators read of the jury's work: the workspace (ranked applications per class), the
 * meeting's shared "now discussing" view, one application, and the minutes. Everything comes through
 * {@link JuryContext#board}, which applies recusal and blind mode to the caller.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.JURY_NAME})
public class JuryWorkspaces {

    private static final ZoneId CITY = ZoneId.of("Europe/Stockholm");

    @Inject
    JuryContext context;

    @Inject
    Cycles cycles;

    @Inject
    Confirmations confirmations;

    /** The cycle with the jury (else the current one), if there is one. */
    public Optional<Long> currentCycle() {
        return cycles.defaultFor(se.kvalitet.cycles.boundary.CyclePurpose.JURY);
    }

    public WorkspaceView workspace(Long cycleId) {
        var board = context.board(context.cycleOrCurrent(cycleId));
        var meeting = board.meeting();
        return new WorkspaceView(board.terms().cycleId(), board.terms().year(), board.terms().name(),
                board.terms().phase(), meeting.isBlind(), meeting.namesHidden(), meeting.getNamesRevealedAt(),
                meeting.getChairId(), meeting.getChairId() == null ? null : board.jurorName(meeting.getChairId()),
                board.chair(), board.me().admin(), board.announced(), board.classes(), jurors(board),
                meeting.getVersion());
    }

    /** One application (by code, or id where ids are shown) as the caller may see it; "not found" when recused. */
    public StandingView application(String reference) {
        Long applicationId = context.application(reference);
        var board = context.board(context.cycleOf(applicationId), applicationId::equals);
        var standing = board.standings().get(applicationId);
        if (standing == null || standing.recused()) {
            throw new NotFound("jury.application.notFound", applicationId);
        }
        return standing;
    }

    /**
     * A juror confirms having no conflict with an application before reading it, as examiners do. Refused while
     * recused (a conflict blocks) and in blind mode before the names are revealed: the application itself names
     * the unit. The one rule for a juror's confirmation, whatever the route (the conflicts component's confirmation
     * route sends jurors here).
     */
    public void confirmNoConflict(String reference) {
        confirmNoConflict(context.application(reference));
    }

    /** {@link #confirmNoConflict(String)} for an application id (from routes that carry one). */
    public void confirmNoConflict(Long applicationId) {
        var board = context.board(context.cycleOf(applicationId), applicationId::equals);
        var standing = board.standings().get(applicationId);
        if (!board.me().juror() || standing == null || standing.recused()) {
            throw new NotFound("jury.application.notFound", applicationId);
        }
        if (standing.namesHidden()) {
            throw new RuleViolation("jury.read.blind");
        }
        confirmations.confirmAsJuror(applicationId);
    }

    /** The application a route names: its code, or its id where the caller sees ids ({@link JuryContext#application}). */
    public Long applicationOf(String reference) {
        return context.application(reference);
    }

    /**
     * Whether blind mode hides the units from the caller in the cycle now (a juror, before the names are revealed):
     * then no route of any component may give them an application's id, unit or registration number.
     */
    public boolean namesHiddenFromCaller(Long cycleId) {
        var me = context.me();
        return cycleId != null && !(me.admin() && !me.juror()) && context.meeting(cycleId).namesHidden();
    }

    /**
     * The applications of the cycle the caller, as a juror, has confirmed having no conflict with: these they may
     * read (the applications boundary checks again on every read).
     */
    public Set<Long> confirmed(Long cycleId) {
        var board = context.board(context.cycleOrCurrent(cycleId));
        if (!board.me().juror()) {
            return Set.of();
        }
        return confirmations.confirmedAsJuror(board.me().id(), board.standings().keySet());
    }

    public MeetingView meeting(Long cycleId) {
        Long cycle = context.cycleOrCurrent(cycleId);
        Long discussed = context.meeting(cycle).getDiscussingApplicationId();
        var board = context.board(cycle, a -> a.equals(discussed));
        var meeting = board.meeting();
        var agenda = new ArrayList<AgendaItem>();
        for (Long id : meeting.agenda()) {
            var standing = board.standings().get(id);
            if (standing == null) {
                continue;
            }
            agenda.add(new AgendaItem(standing.applicationId(), standing.code(), standing.label(), standing.className(),
                    board.recusals().getOrDefault(id, java.util.Set.of()).size(),
                    id.equals(meeting.getDiscussingApplicationId()), standing.decision()));
        }
        var discussing = meeting.getDiscussingApplicationId() == null ? null
                : board.standings().get(meeting.getDiscussingApplicationId());
        int position = meeting.getDiscussingApplicationId() == null ? 0
                : meeting.agenda().indexOf(meeting.getDiscussingApplicationId()) + 1;
        return new MeetingView(board.terms().cycleId(), board.terms().name(), meeting.started(), agenda, discussing,
                position, board.chair(), board.me().admin(), board.present().contains(board.me().id()),
                board.announced(), jurors(board), meeting.getVersion());
    }

    /** The minutes as a tagged PDF in Swedish ("sv") or English ("en"), as the caller may see them. */
    public byte[] minutes(Long cycleId, String language) {
        var board = context.board(context.cycleOrCurrent(cycleId), id -> false);
        var locale = "en".equals(language) ? Texts.ENGLISH : Texts.SWEDISH;
        var meeting = board.meeting();
        var days = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(CITY);
        var present = board.jurors().stream().filter(j -> board.present().contains(j.id())).map(JuryFacts.Juror::fullName).toList();
        var absent = board.jurors().stream().filter(j -> !board.present().contains(j.id())).map(JuryFacts.Juror::fullName).toList();
        var classes = new ArrayList<Minutes.ClassMinutes>();
        for (var group : board.classes()) {
            var items = new ArrayList<Minutes.Item>();
            for (var row : group.rows()) {
                var recused = board.recusals().getOrDefault(board.idOf(row), java.util.Set.of()).stream()
                        .filter(j -> sharesRecusals(board, j)).map(board::jurorName).sorted().toList();
                items.add(new Minutes.Item(row.label(), row.rank(),
                        row.decision() == null ? null : Texts.text(locale, "jury.outcome." + row.decision()),
                        row.motivation(), row.votes().stream().map(v -> v.jurorName() + ": "
                                + Texts.text(locale, "jury.outcome." + v.outcome())).toList(), recused));
            }
            classes.add(new Minutes.ClassMinutes(Texts.text(locale, "cycle.award." + group.award()) + " – "
                    + group.className(), items, group.noWinner()));
        }
        Instant announcedAt = board.decisions().values().stream().map(d -> d.getAnnouncedAt()).filter(Objects::nonNull)
                .findFirst().orElse(null);
        var minutes = new Minutes(locale.getLanguage(), board.terms().name(),
                meeting.getChairId() == null ? null : board.jurorName(meeting.getChairId()),
                meeting.getStartedAt() == null ? null : days.format(meeting.getStartedAt()), present, absent, classes,
                announcedAt == null ? null : days.format(announcedAt));
        return MinutesPdf.render(minutes, key -> Texts.text(locale, key), Instant.now());
    }

    private static List<JurorView> jurors(JuryContext.Board board) {
        return board.jurors().stream().map(j -> new JurorView(j.id(), j.fullName(),
                j.id().equals(board.meeting().getChairId()), board.present().contains(j.id()),
                !sharesRecusals(board, j.id()) ? List.<String>of() : board.standings().entrySet().stream()
                        .filter(s -> board.recused(j.id(), s.getKey())).map(Map.Entry::getValue)
                        .map(StandingView::label).toList())).toList();
    }

    /**
     * Whether the caller learns whom a conflict keeps from which application. Not in blind mode (but their own):
     * a colleague's recusal would tie a code to the unit or administration the colleague is known to work at.
     */
    private static boolean sharesRecusals(JuryContext.Board board, Long jurorId) {
        return board.namesShown() || jurorId.equals(board.me().id());
    }
}
