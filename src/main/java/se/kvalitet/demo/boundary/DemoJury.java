package se.kvalitet.demo.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import se.kvalitet.applications.boundary.Applications;
import se.kvalitet.jury.entity.JuryAttendance;
import se.kvalitet.jury.entity.JuryDecision;
import se.kvalitet.jury.entity.JuryMeeting;
import se.kvalitet.jury.entity.JuryVote;
import se.kvalitet.jury.entity.Outcome;
import se.kvalitet.people.boundary.People;

/**
 * The jury's demo work. Last year's cycle: the meeting held with both jurors present and Olof Ordförande in the
 * chair, votes, and the decisions announced on the cycle's announcement day (Björkhagens skola winner in Skola,
 * Förskolan Solrosen honourable mention in Förskola, Solgläntan not awarded, Stadsbiblioteket winner of the
 * renewal prize, Familjeenheten Söder not awarded). Past work, written as entities through their own rules and
 * before the feedback reports are released, so the released reports carry the decisions. This year's cycle: the
 * chair appointed and, once consensus results exist, the meeting's agenda prepared; nothing decided.
 */
@Dependent
class DemoJury {

    static final String CHAIR = "ordforande@kvalitet.demo";
    static final String MEMBER = "jury@kvalitet.demo";

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    Applications applications;

    /** Last year's decided and announced jury work; call before the cycle's feedback reports are released. */
    void lastYear(Long cycleId, int year) {
        Long chair = people.byEmail(CHAIR).orElseThrow().getId();
        Long member = people.byEmail(MEMBER).orElseThrow().getId();
        Instant held = at(LocalDate.of(year, 10, 28), 9);
        Instant announced = at(LocalDate.of(year, 11, 10), 12);
        var order = new ArrayList<Long>();
        record(cycleId, "Björkhagens skola", Outcome.WINNER, "Björkhagens skola visar hur ett systematiskt "
                + "kvalitetsarbete med eleverna i centrum ger resultat: tydliga mål, uppföljning varje termin och "
                + "förbättringar som eleverna själva varit med och tagit fram. Resultaten har stigit tre år i rad.",
                held, announced, chair, member, order);
        record(cycleId, "Förskolan Solrosen", Outcome.HONOURABLE_MENTION, "Förskolan Solrosen får ett "
                + "hedersomnämnande för sitt arbete med barnens delaktighet och den nära dialogen med "
                + "vårdnadshavarna, ett arbetssätt som fler förskolor kan lära av.", held, announced, chair, member, order);
        record(cycleId, "Solgläntans vård- och omsorgsboende", Outcome.NOT_AWARDED, null, held, announced, chair,
                member, order);
        record(cycleId, "Stadsbiblioteket", Outcome.WINNER, "Stadsbiblioteket får Förnyelsepriset för Digitala vägar "
                + "in: ett nytt sätt att möta invånarna som har halverat väntetiderna och redan spridits till tre "
                + "förvaltningar.", held, announced, chair, member, order);
        record(cycleId, "Familjeenheten Söder", Outcome.NOT_AWARDED, null, held, announced, chair, member, order);
        var meeting = new JuryMeeting(cycleId);
        meeting.appointChair(chair);
        meeting.setAgenda(order, held);
        meeting.discuss(order.get(order.size() - 1));
        em.persist(meeting);
        em.persist(new JuryAttendance(cycleId, chair, held));
        em.persist(new JuryAttendance(cycleId, member, held));
        em.flush();
    }

    /** This year's cycle: the chair appointed; the agenda prepared when consensus results exist. */
    void thisYear(Long cycleId) {
        var meeting = em.find(JuryMeeting.class, cycleId);
        if (meeting == null) {
            meeting = new JuryMeeting(cycleId);
            em.persist(meeting);
        }
        meeting.appointChair(people.byEmail(CHAIR).orElseThrow().getId());
        List<Long> withConsensus = em.createQuery("select c.applicationId from ConsensusSheet c where c.cycleId = :c "
                + "order by c.applicationId", Long.class).setParameter("c", cycleId).getResultList();
        if (!withConsensus.isEmpty()) {
            meeting.propose(withConsensus);
        }
        em.flush();
    }

    private void record(Long cycleId, String unitName, Outcome outcome, String motivation, Instant held,
                        Instant announced, Long chair, Long member, List<Long> order) {
        Long applicationId = applicationOf(cycleId, unitName);
        order.add(applicationId);
        em.persist(new JuryVote(applicationId, cycleId, chair, outcome, held));
        em.persist(new JuryVote(applicationId, cycleId, member, outcome, held));
        var decision = JuryDecision.decide(applicationId, cycleId, outcome, motivation, held, CHAIR);
        decision.announce(announced);
        em.persist(decision);
    }

    private Long applicationOf(Long cycleId, String unitName) {
        List<?> ids = em.createNativeQuery("select a.id from application a join unit u on u.id = a.unit_id "
                + "where a.cycle_id = ? and u.name = ? and a.status not in ('DRAFT', 'WITHDRAWN')")
                .setParameter(1, cycleId).setParameter(2, unitName).getResultList();
        return ((Number) ids.get(0)).longValue();
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(DemoData.CITY).toInstant();
    }
}
