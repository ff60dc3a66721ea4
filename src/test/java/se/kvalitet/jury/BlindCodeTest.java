package se.kvalitet.jury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kvalitet.jury.control.BlindCode;

class BlindCodeTest {

    @Test
    void codesHaveTheirShapeAndAreDistinctWithinACycle() {
        var taken = new HashSet<String>();
        for (int i = 0; i < 2000; i++) {
            String code = BlindCode.draw(taken);
            assertTrue(BlindCode.isCode(code), code);
            assertTrue(taken.add(code), "drawn twice: " + code);
        }
        assertEquals(2000, taken.size());
    }

    @Test
    void codesSayNothingOfTheIdAndAreNeverNumbers() {
        var codes = new HashSet<String>();
        for (int i = 0; i < 200; i++) {
            codes.add(BlindCode.draw(List.of()));
        }
        assertTrue(codes.size() > 190, "random, not derived from anything");
        codes.forEach(c -> assertFalse(c.matches("[0-9]+"), "a code is never taken for an id: " + c));
    }

    @Test
    void onlyTheShapeCountsAsACode() {
        assertTrue(BlindCode.isCode("A-K7QF2M"));
        assertFalse(BlindCode.isCode("A12"));
        assertFalse(BlindCode.isCode("12"));
        assertFalse(BlindCode.isCode("A-K7QF2"));
        assertFalse(BlindCode.isCode("A-AEIOU1"));
        assertFalse(BlindCode.isCode(null));
        assertFalse(BlindCode.isCode("A-K7QF2M' or 1=1"));
    }
}
