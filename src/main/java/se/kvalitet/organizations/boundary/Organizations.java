package se.kvalitet.organizations.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.kvalitet.organizations.control.Names;
import se.kvalitet.organizations.control.UnitQuery;
import se.kvalitet.organizations.entity.Administration;
import se.kvalitet.organizations.entity.AdministrationKind;
import se.kvalitet.organizations.entity.Board;
import se.kvalitet.organizations.entity.OperatorType;
import se.kvalitet.organizations.entity.ServiceArea;
import se.kvalitet.organizations.entity.Unit;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.events.DomainEvents;
import se.kvalitet.platform.persistence.Like;
import se.kvalitet.platform.security.Role;

/**
 * The organisation tree: boards, administrations and units. Everybody signed in may read it (units
 * are public knowledge); only administrators change it. Names are unique (boards and administrations
 * in the whole city, units within their administration), compared without regard to case. Units are
 * deactivated, never deleted. Every change names the version the caller saw: if somebody else changed
 * the item since, the change is refused with {@code error.concurrentChange} and nothing is saved.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.APPLICANT_NAME, Role.EXAMINER_NAME, Role.JURY_NAME, Role.STAFF_NAME})
public class Organizations {

    /** A unit as other components see it. */
    public record UnitSummary(Long id, String name, Long administrationId, String administrationName,
                              String boardName, OperatorType operatorType, ServiceArea serviceArea, int staffCount)
            implements Serializable {
    }

    /** An administration as other components see it (conflicts of interest follow it). */
    public record AdministrationSummary(Long id, String name, String boardName) implements Serializable {
    }

    /** A board in the administration list, with how many administrations it has. */
    public record BoardRow(Long id, String name, long version, long administrationCount) implements Serializable {
    }

    /** An administration in the administration list, with its board and how many units it has. */
    public record AdministrationRow(Long id, String name, AdministrationKind kind, Long boardId, String boardName,
                                    long version, long unitCount) implements Serializable {
    }

    /** A unit in the administration list and edit form: everything about it, and the version to change. */
    public record UnitRow(Long id, String name, Long administrationId, String administrationName, String boardName,
                          OperatorType operatorType, ServiceArea serviceArea, int staffCount, boolean active,
                          long version) implements Serializable {
    }

    /** Which units to list; a null criterion does not filter. */
    public record UnitFilter(String name, Long administrationId, ServiceArea serviceArea, OperatorType operatorType,
                             Boolean active) implements Serializable {
        public static UnitFilter none() {
            return new UnitFilter(null, null, null, null, null);
        }
    }

    /** What a unit is to become: on creation or change. */
    public record UnitChange(Long administrationId, String name, OperatorType operatorType, ServiceArea serviceArea,
                             Integer staffCount) implements Serializable {
    }

    /** The service areas' codes, for other components (examiner competences) that may not see the enum. */
    public static final List<String> SERVICE_AREAS =
            java.util.Arrays.stream(ServiceArea.values()).map(Enum::name).toList();

    @PersistenceContext
    EntityManager em;

    @Inject
    DomainEvents events;

    // ---- boards

    @RolesAllowed(Role.ADMIN_NAME)
    public Board createBoard(String name) {
        String checked = Names.required(name);
        requireFreeBoardName(checked, null);
        var board = new Board(checked);
        em.persist(board);
        em.flush();
        events.record("BoardCreated", "Board", board.getId(), board.getName());
        return board;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public BoardRow renameBoard(Long id, long version, String name) {
        String checked = Names.required(name);
        var board = find(Board.class, id);
        requireVersion(board.getVersion(), version);
        requireFreeBoardName(checked, id);
        board.rename(checked);
        events.record("BoardRenamed", "Board", id, checked);
        flush();
        return new BoardRow(board.getId(), board.getName(), board.getVersion(), 0);
    }

    public List<Board> boards() {
        return em.createQuery("select b from Board b order by b.name", Board.class).getResultList();
    }

    /** All boards with their number of administrations: two statements, whatever the number of boards. */
    public List<BoardRow> boardRows() {
        Map<Long, Long> counts = counts("select a.board.id, count(a) from Administration a group by a.board.id");
        return boards().stream()
                .map(b -> new BoardRow(b.getId(), b.getName(), b.getVersion(), counts.getOrDefault(b.getId(), 0L)))
                .toList();
    }

    // ---- administrations

    @RolesAllowed(Role.ADMIN_NAME)
    public Administration createAdministration(Long boardId, String name, AdministrationKind kind) {
        String checked = Names.required(name);
        var board = requiredBoard(boardId);
        requireKind(kind);
        requireFreeAdministrationName(checked, null);
        var administration = new Administration(board, checked, kind);
        em.persist(administration);
        em.flush();
        events.record("AdministrationCreated", "Administration", administration.getId(), administration.getName());
        return administration;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public AdministrationRow updateAdministration(Long id, long version, Long boardId, String name,
                                                  AdministrationKind kind) {
        String checked = Names.required(name);
        var administration = find(Administration.class, id);
        requireVersion(administration.getVersion(), version);
        var board = requiredBoard(boardId);
        requireKind(kind);
        requireFreeAdministrationName(checked, id);
        administration.change(board, checked, kind);
        events.record("AdministrationChanged", "Administration", id, checked);
        flush();
        return new AdministrationRow(id, administration.getName(), administration.getKind(), board.getId(),
                board.getName(), administration.getVersion(), 0);
    }

    public List<Administration> administrations() {
        return em.createQuery("select a from Administration a join fetch a.board order by a.name", Administration.class)
                .getResultList();
    }

    /** All administrations with board and number of units: two statements, whatever their number. */
    public List<AdministrationRow> administrationRows() {
        Map<Long, Long> counts = counts("select u.administration.id, count(u) from Unit u group by u.administration.id");
        return administrations().stream()
                .map(a -> new AdministrationRow(a.getId(), a.getName(), a.getKind(), a.getBoard().getId(),
                        a.getBoard().getName(), a.getVersion(), counts.getOrDefault(a.getId(), 0L)))
                .toList();
    }

    /** All administrations, by name, for choosing one. */
    public List<AdministrationSummary> administrationSummaries() {
        return administrations().stream().map(Organizations::summary).toList();
    }

    /** The administrations with these ids, in one statement; ids that do not exist are simply missing. */
    public Map<Long, AdministrationSummary> administrationSummaries(Collection<Long> ids) {
        Set<Long> wanted = present(ids);
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from Administration a join fetch a.board where a.id in :ids", Administration.class)
                .setParameter("ids", wanted).getResultStream()
                .collect(Collectors.toMap(Administration::getId, Organizations::summary));
    }

    public Optional<AdministrationSummary> administration(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(administrationSummaries(Set.of(id)).get(id));
    }

    // ---- units

    @RolesAllowed(Role.ADMIN_NAME)
    public Unit createUnit(Long administrationId, String name, OperatorType operatorType, ServiceArea area,
                           int staffCount) {
        return createUnit(new UnitChange(administrationId, name, operatorType, area, staffCount));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Unit createUnit(UnitChange change) {
        String checked = Names.required(change.name());
        var administration = requiredAdministration(change.administrationId());
        requireFreeUnitName(administration, checked, null);
        var unit = new Unit(administration, checked, change.operatorType(), change.serviceArea(), staffCount(change));
        em.persist(unit);
        em.flush();
        events.record("UnitCreated", "Unit", unit.getId(), unit.getName());
        return unit;
    }

    /** Changes a unit as the caller saw it at {@code version}. */
    @RolesAllowed(Role.ADMIN_NAME)
    public UnitRow updateUnit(Long id, long version, UnitChange change) {
        String checked = Names.required(change.name());
        var unit = find(Unit.class, id);
        requireVersion(unit.getVersion(), version);
        var administration = requiredAdministration(change.administrationId());
        requireFreeUnitName(administration, checked, id);
        unit.change(administration, checked, change.operatorType(), change.serviceArea(), staffCount(change));
        events.record("UnitChanged", "Unit", id, checked);
        flush();
        return row(unit);
    }

    /** Merges a unit changed elsewhere (its version decides whether the change is stale). */
    @RolesAllowed(Role.ADMIN_NAME)
    public Unit updateUnit(Unit changed) {
        var merged = em.merge(changed);
        em.flush();
        events.record("UnitChanged", "Unit", merged.getId(), merged.getName());
        return merged;
    }

    /** Closes a unit: it stays in the records but is no longer offered for new accounts and applications. */
    @RolesAllowed(Role.ADMIN_NAME)
    public UnitRow deactivateUnit(Long id, long version) {
        var unit = find(Unit.class, id);
        requireVersion(unit.getVersion(), version);
        unit.deactivate();
        events.record("UnitDeactivated", "Unit", id, unit.getName());
        flush();
        return row(unit);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public UnitRow reactivateUnit(Long id, long version) {
        var unit = find(Unit.class, id);
        requireVersion(unit.getVersion(), version);
        unit.reactivate();
        events.record("UnitReactivated", "Unit", id, unit.getName());
        flush();
        return row(unit);
    }

    /** A page of units with administration and board loaded (the board through EclipseLink's nested join fetch hint). */
    public List<Unit> units(int first, int size) {
        return em.createQuery("select u from Unit u join fetch u.administration order by u.name, u.id", Unit.class)
                .setHint("eclipselink.join-fetch", "u.administration.board")
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long unitCount() {
        return em.createQuery("select count(u) from Unit u", Long.class).getSingleResult();
    }

    /**
     * One page of units matching the filter, sorted by one of the list's columns (name, administration,
     * board, operatorType, serviceArea, staffCount, active), with administration and board in the same statement.
     */
    public List<UnitRow> unitRows(UnitFilter filter, String sortField, boolean ascending, int first, int size) {
        var query = query(filter).sortedBy(sortField, ascending);
        TypedQuery<Object[]> select = em.createQuery(query.selectJpql(), Object[].class);
        query.parameters().forEach(select::setParameter);
        return select.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, size)).getResultStream()
                .map(Organizations::row).toList();
    }

    public long unitCount(UnitFilter filter) {
        var query = query(filter);
        TypedQuery<Long> count = em.createQuery(query.countJpql(), Long.class);
        query.parameters().forEach(count::setParameter);
        return count.getSingleResult();
    }

    public Optional<UnitRow> unitRow(Long id) {
        return id == null ? Optional.empty() : unitRows(Set.of(id)).stream().findFirst();
    }

    public Optional<UnitSummary> unit(Long id) {
        return unitRow(id).map(Organizations::summary);
    }

    /**
     * The units with these ids, in one statement (for lists in other components: no query per row). Open to anyone
     * (units are public knowledge): the public winners page names winners through it, where the unit consented.
     */
    @jakarta.annotation.security.PermitAll
    public Map<Long, UnitSummary> unitSummaries(Collection<Long> ids) {
        return unitRows(present(ids)).stream().collect(Collectors.toMap(UnitRow::id, Organizations::summary));
    }

    /**
     * Units to choose from, by name: the active ones, plus the one already chosen even if it has been
     * deactivated since (so a form can show it).
     */
    public List<UnitSummary> unitChoices(Long alreadyChosen) {
        return em.createQuery(UnitQuery.choicesJpql(), Object[].class)
                .setParameter("chosen", alreadyChosen == null ? -1L : alreadyChosen)
                .getResultStream().map(Organizations::row).map(Organizations::summary).toList();
    }

    /** The boards with their administrations: two queries, whatever the size of the tree. */
    public List<BoardView> boardTree() {
        return BoardView.tree(boards(), administrations());
    }

    /**
     * A page of units ordered by name, with administration and board fetched in the same query; {@code name}
     * (optional) keeps the units whose name contains it, ignoring case.
     */
    public List<UnitView> unitPage(int first, int max, String name) {
        var query = em.createQuery("select u from Unit u"
                + (name == null ? "" : " where lower(u.name) like :name escape '" + Like.ESCAPE + "'")
                + " order by u.name, u.id", Unit.class);
        if (name != null) {
            query.setParameter("name", Like.containing(name));
        }
        // a hint, not "join fetch a.board": EclipseLink ignores a fetch join through an alias and would load each board apart
        return query.setHint(JOIN_FETCH, "u.administration.board")
                .setFirstResult(first).setMaxResults(max).getResultList().stream().map(UnitView::from).toList();
    }

    /** How many units {@link #unitPage} can page through with the same {@code name}. */
    public long unitCount(String name) {
        if (name == null) {
            return unitCount();
        }
        return em.createQuery("select count(u) from Unit u where lower(u.name) like :name escape '" + Like.ESCAPE + "'",
                Long.class).setParameter("name", Like.containing(name)).getSingleResult();
    }

    public Optional<UnitView> unitView(Long id) {
        return em.createQuery("select u from Unit u where u.id = :id", Unit.class).setParameter("id", id)
                .setHint(JOIN_FETCH, "u.administration.board").getResultStream().findFirst().map(UnitView::from);
    }

    /** EclipseLink's query hint for fetching a path of to-one relations in the same select. */
    private static final String JOIN_FETCH = "eclipselink.join-fetch";

    public static UnitSummary summary(Unit u) {
        return new UnitSummary(u.getId(), u.getName(), u.getAdministration().getId(), u.getAdministration().getName(),
                u.getAdministration().getBoard().getName(), u.getOperatorType(), u.getServiceArea(), u.getStaffCount());
    }

    static UnitSummary summary(UnitRow u) {
        return new UnitSummary(u.id(), u.name(), u.administrationId(), u.administrationName(), u.boardName(),
                u.operatorType(), u.serviceArea(), u.staffCount());
    }

    /** A row read as the columns of {@link UnitQuery#ROW_COLUMNS}. */
    static UnitRow row(Object[] c) {
        return new UnitRow((Long) c[0], (String) c[1], (Long) c[2], (String) c[3], (String) c[4], (OperatorType) c[5],
                (ServiceArea) c[6], ((Number) c[7]).intValue(), (Boolean) c[8], ((Number) c[9]).longValue());
    }

    static AdministrationSummary summary(Administration a) {
        return new AdministrationSummary(a.getId(), a.getName(), a.getBoard().getName());
    }

    static UnitRow row(Unit u) {
        return new UnitRow(u.getId(), u.getName(), u.getAdministration().getId(), u.getAdministration().getName(),
                u.getAdministration().getBoard().getName(), u.getOperatorType(), u.getServiceArea(), u.getStaffCount(),
                u.isActive(), u.getVersion());
    }

    // ---- helpers

    private static UnitQuery query(UnitFilter filter) {
        var f = filter == null ? UnitFilter.none() : filter;
        return UnitQuery.filtered(f.name(), f.administrationId(), f.serviceArea(), f.operatorType(), f.active());
    }

    private List<UnitRow> unitRows(Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(UnitQuery.byIdsJpql(), Object[].class).setParameter("ids", ids).getResultStream()
                .map(Organizations::row).toList();
    }

    private static Set<Long> present(Collection<Long> ids) {
        return ids == null ? Set.of() : ids.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }

    private Map<Long, Long> counts(String groupedCount) {
        var counts = new HashMap<Long, Long>();
        for (Object[] row : em.createQuery(groupedCount, Object[].class).getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    private static int staffCount(UnitChange change) {
        if (change.staffCount() == null) {
            throw new RuleViolation("organizations.unit.staffCount.required");
        }
        return change.staffCount();
    }

    private static void requireKind(AdministrationKind kind) {
        if (kind == null) {
            throw new RuleViolation("organizations.administration.kind.required");
        }
    }

    /** The caller changes what they saw; if the stored version is newer, somebody else got there first. */
    private static void requireVersion(long stored, long seen) {
        if (stored != seen) {
            throw new RuleViolation("error.concurrentChange");
        }
    }

    /** Writes now, so that a concurrent change shows here as a rule violation and not at commit. */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException concurrent) {
            throw new RuleViolation("error.concurrentChange");
        }
    }

    private <T> T find(Class<T> type, Long id) {
        return Optional.ofNullable(id == null ? null : em.find(type, id))
                .orElseThrow(() -> new RuleViolation("organizations.notFound", id));
    }

    private Board requiredBoard(Long id) {
        if (id == null) {
            throw new RuleViolation("organizations.board.required");
        }
        return find(Board.class, id);
    }

    private Administration requiredAdministration(Long id) {
        if (id == null) {
            throw new RuleViolation("organizations.administration.required");
        }
        return find(Administration.class, id);
    }

    private void requireFreeBoardName(String name, Long exceptId) {
        requireFree(em.createQuery("select b.id from Board b where lower(b.name) = :n", Long.class), name, exceptId);
    }

    private void requireFreeAdministrationName(String name, Long exceptId) {
        requireFree(em.createQuery("select a.id from Administration a where lower(a.name) = :n", Long.class), name,
                exceptId);
    }

    private void requireFreeUnitName(Administration administration, String name, Long exceptId) {
        requireFree(em.createQuery("select u.id from Unit u where u.administration = :a and lower(u.name) = :n", Long.class)
                .setParameter("a", administration), name, exceptId);
    }

    private static void requireFree(TypedQuery<Long> sameName, String name, Long exceptId) {
        boolean taken = sameName.setParameter("n", Names.comparable(name)).getResultStream()
                .anyMatch(id -> !id.equals(exceptId));
        if (taken) {
            throw new RuleViolation("organizations.name.taken", name);
        }
    }
}
