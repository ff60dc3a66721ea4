package se.kvalitet.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikeTest {

    @Test
    void matchesAnywhereIgnoringCase() {
        assertEquals("%solrosen%", Like.containing("SolRosen"));
        assertEquals("%äldre%", Like.containing("ÄLDRE"));
    }

    @Test
    void wildcardsInTheTextAreMatchedLiterally() {
        assertEquals("%50!%!_off!!%", Like.containing("50%_off!"));
    }
}
