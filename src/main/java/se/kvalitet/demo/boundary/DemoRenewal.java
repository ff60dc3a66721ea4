package se.kvalitet.demo.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.kvalitet.conflicts.entity.ActingAs;
import se.kvalitet.conflicts.entity.ConflictConfirmation;
import se.kvalitet.criteria.boundary.EvaluationModels;
import se.kvalitet.criteria.boundary.ModelView;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.people.boundary.People;
import se.kvalitet.platform.persistence.Rows;
import se.kvalitet.renewal.entity.JurorScore;

/**
 * The jury's scoring of the renewal prize, so the jurors and the administrator have a ranking to look at. Last
 * year: both renewal entries (Stadsbiblioteket and Familjeenheten Söder) scored and submitted by both jurors,
 * Stadsbiblioteket clearly ahead, and the prize money. This year: Stadsbiblioteket's entry half done, the chair
 * (ordforande@) has submitted, jury@ has a draft.
 *
 * <p>Confirming "no conflict" and scoring are the jurors' own acts, which the boundaries rightly refuse to anybody
 * else, and the demo loader is nobody; so they are written as entities. Last year's prize money is written to the
 * column directly, since the cycle is closed and the cycles boundary (rightly) no longer changes it.
 */
@Dependent
class DemoRenewal {

    static final String JUROR = "jury@kvalitet.demo";
    static final String CHAIR = "ordforande@kvalitet.demo";
    static final int PRIZE_MONEY = 50_000;

    @PersistenceContext
    EntityManager em;

    @Inject Cycles cycles;
    @Inject EvaluationModels models;
    @Inject People people;

    void score(Long lastYearId, Long thisYearId) {
        Instant now = Clock.systemUTC().instant();
        Long juror = people.byEmail(JUROR).orElseThrow().getId();
        Long chair = people.byEmail(CHAIR).orElseThrow().getId();

        var last = entries(lastYearId);
        var lastModel = model(lastYearId);
        Long library = last.get("Stadsbiblioteket");
        Long family = last.get("Familjeenheten Söder");
        sheet(lastYearId, library, juror, lastModel, new int[]{5, 4, 5, 5, 4, 5}, true, now);
        sheet(lastYearId, library, chair, lastModel, new int[]{5, 5, 4, 5, 5, 4}, true, now);
        sheet(lastYearId, family, juror, lastModel, new int[]{3, 4, 3, 3, 2, 3}, true, now);
        sheet(lastYearId, family, chair, lastModel, new int[]{3, 3, 3, 4, 3, 3}, true, now);
        em.createNativeQuery("update cycle_category set prize_amount = ? where cycle_id = ? and award = 'RENEWAL_PRIZE'")
                .setParameter(1, PRIZE_MONEY).setParameter(2, lastYearId).executeUpdate();

        var current = entries(thisYearId);
        var currentModel = model(thisYearId);
        Long libraryNow = current.get("Stadsbiblioteket");
        sheet(thisYearId, libraryNow, chair, currentModel, new int[]{4, 4, 5, 4, 4, 3}, true, now);
        sheet(thisYearId, libraryNow, juror, currentModel, new int[]{4, 3, 4}, false, now);
        var category = cycles.details(thisYearId).orElseThrow().categories().stream()
                .filter(c -> "RENEWAL_PRIZE".equals(c.award())).findFirst().orElseThrow();
        cycles.setRenewalPrizeAmount(thisYearId, PRIZE_MONEY, category.version());
        em.flush();
    }

    /** The cycle's submitted renewal entries by unit name. */
    private Map<String, Long> entries(Long cycleId) {
        List<?> rows = em.createNativeQuery("select u.name, a.id from application a join unit u on u.id = a.unit_id "
                + "where a.cycle_id = ? and a.award = 'RENEWAL_PRIZE' and a.status not in ('DRAFT', 'WITHDRAWN')")
                .setParameter(1, cycleId).getResultList();
        var byUnit = new LinkedHashMap<String, Long>();
        rows.forEach(r -> byUnit.put((String) ((Object[]) r)[0], Rows.id(((Object[]) r)[1])));
        return byUnit;
    }

    private ModelView model(Long cycleId) {
        Long modelId = cycles.applicationTerms(cycleId).orElseThrow().category("RENEWAL_PRIZE").orElseThrow()
                .evaluationModelId();
        return models.view(modelId).orElseThrow();
    }

    /** The juror confirms no conflict and scores the first criteria with {@code values}; submits if asked. */
    private void sheet(Long cycleId, Long applicationId, Long jurorId, ModelView model, int[] values, boolean submit,
                       Instant now) {
        long confirmed = ((Number) em.createNativeQuery("select count(*) from conflict_confirmation where person_id = ? "
                        + "and application_id = ? and acting_as = 'JUROR'").setParameter(1, jurorId)
                .setParameter(2, applicationId).getSingleResult()).longValue();
        if (confirmed == 0) {
            em.persist(new ConflictConfirmation(cycleId, jurorId, applicationId, ActingAs.JUROR, now));
        }
        var sheet = new JurorScore(cycleId, applicationId, jurorId, model.id(), now);
        em.persist(sheet);
        em.flush();
        for (int i = 0; i < values.length; i++) {
            var criterion = model.criteria().get(i);
            sheet.record(criterion.id(), criterion.code(), values[i], model.points(criterion.code(), values[i]),
                    JUSTIFICATIONS[i][values[i] >= 4 ? 0 : 1], now);
        }
        if (submit) {
            sheet.submit(now);
        }
        em.flush();
    }

    private static final String[][] JUSTIFICATIONS = {
            {"Tydlig och konkret koppling till fullmäktiges mål om en tillgänglig stad.",
                    "Kopplingen till målen nämns men beskrivs allmänt."},
            {"Verksamheten vågade ändra ett invant arbetssätt och hanterade motståndet väl.",
                    "Förändringen är försiktig; risktagandet är litet."},
            {"Ett genomtänkt nytt arbetssätt som ingår i den ordinarie verksamheten.",
                    "Det nya är en förbättring av det befintliga snarare än en förnyelse."},
            {"Mätta resultat före och efter visar klar nytta för målgruppen.",
                    "Resultaten är lovande men ännu inte mätta."},
            {"Har redan spridits till andra förvaltningar, med dokumenterade lärdomar.",
                    "Svårt att se hur andra kan ta över lösningen."},
            {"Ryms i ordinarie budget och hänger inte på enskilda personer.",
                    "Hållbarheten över tid är oklar."}};
}
