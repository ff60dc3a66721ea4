package se.kvalitet.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import se.kvalitet.scoring.entity.Assessment;
import se.kvalitet.scoring.entity.ScoreEntry;

/**
 * Test-only: writes RADAR attribute values straight onto a draft's first criterion and reads back what the
 * database holds, so the radar_score mapping is checked on any model (the scenario's model is a percent one).
 */
@Stateless
public class RadarProbe {

    @PersistenceContext
    EntityManager em;

    public void write(Long assessmentId, Map<String, Integer> radar) {
        var assessment = em.find(Assessment.class, assessmentId);
        var score = assessment.getScores().get(0);
        assessment.record(new ScoreEntry(score.getCriterionId(), score.getCriterionCode(), score.getValue(),
                score.getBandLabel(), score.getPoints(), score.getJustification(), score.getStrengths(),
                score.getImprovements(), score.getVisitQuestions(), radar), Instant.now());
    }

    public Map<String, Integer> stored(Long assessmentId) {
        var stored = new TreeMap<String, Integer>();
        em.createNativeQuery("select attribute_code, score_value from radar_score where assessment_id = ?")
                .setParameter(1, assessmentId).getResultList()
                .forEach(r -> stored.put((String) ((Object[]) r)[0], ((Number) ((Object[]) r)[1]).intValue()));
        return stored;
    }
}
