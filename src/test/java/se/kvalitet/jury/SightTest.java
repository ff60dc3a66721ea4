package se.kvalitet.jury;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.kvalitet.jury.control.Sight;

/** Recusal and blind mode as a table: who sees names, scores, content, and may vote. */
class SightTest {

    @ParameterizedTest(name = "admin={0} recused={1} hidden={2} -> names={3} scores={4} content={5} vote={6}")
    @CsvSource({
            // admin, recused, names hidden | names, scores, content, vote
            "false, false, false, true,  true,  true,  true",
            "false, false, true,  false, true,  true,  true",
            "false, true,  false, true,  false, false, false",
            "false, true,  true,  false, false, false, false",
            "true,  false, false, true,  true,  true,  false",
            "true,  false, true,  true,  true,  true,  false",
    })
    void table(boolean admin, boolean recused, boolean hidden, boolean names, boolean scores, boolean content,
               boolean vote) {
        assertEquals(new Sight(names, scores, content, vote), Sight.of(admin, recused, hidden));
    }
}
