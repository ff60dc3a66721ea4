package se.kvalitet.organizations.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
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
 * are public knowledge); only administrators change it.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.APPLICANT_NAME, Role.EXAMINER_NAME, Role.JURY_NAME, Role.STAFF_NAME})
public class Organizations {

    /** A unit as other components see it. */
    public record UnitSummary(Long id, String name, Long administrationId, String administrationName,
                              String boardName, OperatorType operatorType, ServiceArea serviceArea, int staffCount) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    DomainEvents events;

    @RolesAllowed(Role.ADMIN_NAME)
    public Board createBoard(String name) {
        requireUnique("select count(b) from Board b where lower(b.name) = :n", name);
        var board = new Board(name.trim());
        em.persist(board);
        em.flush();
        events.record("BoardCreated", "Board", board.getId(), board.getName());
        return board;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Administration createAdministration(Long boardId, String name, AdministrationKind kind) {
        requireUnique("select count(a) from Administration a where lower(a.name) = :n", name);
        var administration = new Administration(board(boardId), name.trim(), kind);
        em.persist(administration);
        em.flush();
        events.record("AdministrationCreated", "Administration", administration.getId(), administration.getName());
        return administration;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Unit createUnit(Long administrationId, String name, OperatorType operatorType, ServiceArea area,
                           int staffCount) {
        var administration = administration(administrationId);
        long same = em.createQuery("select count(u) from Unit u where u.administration = :a and lower(u.name) = :n", Long.class)
                .setParameter("a", administration).setParameter("n", name.trim().toLowerCase()).getSingleResult();
        if (same > 0) {
            throw new RuleViolation("organizations.name.taken", name);
        }
        var unit = new Unit(administration, name.trim(), operatorType, area, staffCount);
        em.persist(unit);
        em.flush();
        events.record("UnitCreated", "Unit", unit.getId(), unit.getName());
        return unit;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Unit updateUnit(Unit changed) {
        var merged = em.merge(changed);
        em.flush();
        events.record("UnitChanged", "Unit", merged.getId(), merged.getName());
        return merged;
    }

    public List<Board> boards() {
        return em.createQuery("select b from Board b order by b.name", Board.class).getResultList();
    }

    public List<Administration> administrations() {
        return em.createQuery("select a from Administration a join fetch a.board order by a.name", Administration.class)
                .getResultList();
    }

    public List<Unit> units(int first, int size) {
        return em.createQuery("select u from Unit u join fetch u.administration a join fetch a.board order by u.name, u.id",
                Unit.class).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long unitCount() {
        return em.createQuery("select count(u) from Unit u", Long.class).getSingleResult();
    }

    public Optional<UnitSummary> unit(Long id) {
        return em.createQuery("select u from Unit u join fetch u.administration a join fetch a.board where u.id = :id", Unit.class)
                .setParameter("id", id).getResultStream().findFirst().map(Organizations::summary);
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

    private Board board(Long id) {
        return Optional.ofNullable(em.find(Board.class, id))
                .orElseThrow(() -> new RuleViolation("organizations.notFound", id));
    }

    private Administration administration(Long id) {
        return Optional.ofNullable(em.find(Administration.class, id))
                .orElseThrow(() -> new RuleViolation("organizations.notFound", id));
    }

    private void requireUnique(String countQuery, String name) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("organizations.name.required");
        }
        long same = em.createQuery(countQuery, Long.class).setParameter("n", name.trim().toLowerCase()).getSingleResult();
        if (same > 0) {
            throw new RuleViolation("organizations.name.taken", name);
        }
    }
}
