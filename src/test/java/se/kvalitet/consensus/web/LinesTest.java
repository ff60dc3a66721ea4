package se.kvalitet.consensus.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinesTest {

    @Test
    void oneThemePerLineBlankLinesAndSpacesDropped() {
        assertEquals(List.of("Tydliga åtaganden", "Brukarna i fokus"),
                Lines.split(" Tydliga åtaganden \r\n\r\n  Brukarna i fokus\n"));
        assertEquals(List.of(), Lines.split(null));
        assertEquals("a\nb", Lines.join(List.of("a", "b")));
    }
}
