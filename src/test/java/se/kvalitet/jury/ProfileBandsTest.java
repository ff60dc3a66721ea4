package se.kvalitet.jury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.kvalitet.jury.control.ProfileBands;
import se.kvalitet.jury.control.ProfileBands.Band;
import se.kvalitet.jury.control.ProfileBands.Scored;

class ProfileBandsTest {

    private static final List<Band> BANDS = List.of(new Band(0, "0–5"), new Band(10, "10–25"), new Band(30, "30–45"),
            new Band(50, "50–65"), new Band(70, "70–85"), new Band(90, "90–100"));

    @Test
    void processAndResultSharesAndTheirBands() {
        var scored = List.of(new Scored("PROCESS", 60, 100), new Scored("PROCESS", 40, 100),
                new Scored("RESULT", 35, 50));
        assertEquals(50, ProfileBands.percent(scored, "PROCESS"));
        assertEquals(70, ProfileBands.percent(scored, "RESULT"));
        assertEquals("50–65", ProfileBands.band(50, BANDS));
        assertEquals("0–5", ProfileBands.band(7, BANDS));
        assertEquals("90–100", ProfileBands.band(100, BANDS));
    }

    @Test
    void noCriteriaOfATypeOrNoBands() {
        assertNull(ProfileBands.percent(List.of(new Scored("PROCESS", 1, 10)), "RESULT"));
        assertNull(ProfileBands.band(null, BANDS));
        assertNull(ProfileBands.band(40, List.of()));
    }
}
