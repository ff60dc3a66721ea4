package se.kvalitet.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;
import se.kvalitet.platform.errors.InvalidParameter;
import se.kvalitet.platform.errors.NotFound;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.i18n.Texts;

class ProblemsTest {

    private static final String PATH = "/api/v1/cycles/999";

    @Test
    void anUnknownIdIsA404WithTheDetailInTheCallersLanguage() {
        var swedish = Problems.of(new NotFound("cycle.notFound.id", 999L), Texts.SWEDISH, PATH);
        assertEquals(new Problem(Problem.NOT_FOUND, "Finns inte", 404, "Det finns inget utmärkelseår med id 999.", PATH,
                "cycle.notFound.id"), swedish);

        var english = Problems.of(new NotFound("cycle.notFound.id", 999L), Texts.ENGLISH, PATH);
        assertEquals("Not found", english.title());
        assertEquals("There is no award cycle with the id 999.", english.detail());
        assertEquals(404, english.status());
    }

    @Test
    void aWrongParameterIsA400ThatNamesTheParameterAndTheRule() {
        var problem = Problems.of(new InvalidParameter("api.parameter.range", "max", 1, 200), Texts.SWEDISH, "/api/v1/units");
        assertEquals(400, problem.status());
        assertEquals(Problem.INVALID_PARAMETER, problem.type());
        assertEquals("Felaktig begäran", problem.title());
        assertEquals("Parametern max måste vara ett heltal från 1 till 200.", problem.detail());
        assertEquals("api.parameter.range", problem.code());
    }

    @Test
    void aBodyThatIsNotJsonOfTheExpectedShapeIsA400NotAServerError() {
        var unreadable = new jakarta.ws.rs.ProcessingException(new jakarta.json.bind.JsonbException(
                "Text '2000-01-01T16:00:00' could not be parsed as an Instant"));
        var problem = Problems.of(unreadable, Texts.SWEDISH, PATH);
        assertEquals(400, problem.status());
        assertEquals("Felaktig begäran", problem.title());
        assertEquals(500, Problems.of(new IllegalStateException("a bug"), Texts.SWEDISH, PATH).status());
    }

    @Test
    void anyOtherRuleViolationIsA422WithItsOwnMessage() {
        var problem = Problems.of(new RuleViolation("cycle.phase.notAllowed", "PLANNING", "CLOSED"), Texts.ENGLISH, PATH);
        assertEquals(422, problem.status());
        assertEquals(Problem.RULE_VIOLATION, problem.type());
        assertEquals("The cycle cannot move from the phase PLANNING to CLOSED.", problem.detail());
    }

    @Test
    void aViolationWrappedByTheContainerIsStillFound() {
        var problem = Problems.of(new EJBException(new NotFound("criteria.model.notFound.id", 7L)), Texts.ENGLISH, PATH);
        assertEquals(404, problem.status());
        assertEquals("There is no evaluation model with the id 7.", problem.detail());
    }

    @Test
    void aBoundaryRefusingTheCallersRolesIsA403() {
        for (Throwable refused : new Throwable[]{new EJBAccessException("no"), new AccessLocalException("no")}) {
            var problem = Problems.of(refused, Texts.SWEDISH, PATH);
            assertEquals(403, problem.status(), refused.getClass().getSimpleName());
            assertEquals(Problem.FORBIDDEN, problem.type());
            assertEquals("Du har inte behörighet till det här.", problem.detail());
        }
    }

    @Test
    void aConcurrentChangeIsA409EvenDeepInTheCauseChain() {
        var wrapped = new EJBException(new RuntimeException(new OptimisticLockException("stale")));
        var problem = Problems.of(wrapped, Texts.ENGLISH, PATH);
        assertEquals(409, problem.status());
        assertEquals(Problem.CONCURRENT_CHANGE, problem.type());
        assertEquals("Conflict", problem.title());
        assertEquals("Somebody else changed this data at the same time. Fetch it again and retry; nothing was saved.",
                problem.detail());
    }

    @Test
    void anythingElseIsA500ThatDoesNotLeakInternals() {
        var problem = Problems.of(new IllegalStateException("password_hash column missing"), Texts.ENGLISH, PATH);
        assertEquals(500, problem.status());
        assertEquals(Problem.ABOUT_BLANK, problem.type());
        assertEquals("Server error", problem.title());
        assertFalse(problem.detail().contains("password_hash"));
        assertNull(problem.code());
    }

    @Test
    void aBareStatusGetsItsLocalizedTitleAndGenericDetail() {
        var notAllowed = Problems.forStatus(405, Texts.SWEDISH, "/api/v1/cycles");
        assertEquals(new Problem(Problem.ABOUT_BLANK, "Metoden stöds inte", 405,
                "Adressen finns men tar inte emot den här HTTP-metoden (se Allow).", "/api/v1/cycles", null), notAllowed);
        assertEquals("There is no such address in the API.", Problems.forStatus(404, Texts.ENGLISH, PATH).detail());
    }

    @Test
    void aStatusWithoutTextsKeepsItsCodeAndBorrowsTheGenericTexts() {
        var teapot = Problems.forStatus(418, Texts.ENGLISH, PATH);
        assertEquals(418, teapot.status());
        assertEquals("Bad request", teapot.title());
        var gateway = Problems.forStatus(502, Texts.ENGLISH, PATH);
        assertEquals(502, gateway.status());
        assertEquals("Server error", gateway.title());
    }

    @Test
    void causeSearchSurvivesCycles() {
        var first = new RuntimeException("first");
        var second = new RuntimeException("second", first);
        first.initCause(second);
        assertEquals(500, Problems.of(first, Texts.SWEDISH, PATH).status());
    }
}
