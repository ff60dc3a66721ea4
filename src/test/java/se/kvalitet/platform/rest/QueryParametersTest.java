package se.kvalitet.platform.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import se.kvalitet.platform.errors.InvalidParameter;

class QueryParametersTest {

    @Test
    void pagingDefaultsToTheFirstFiftyWhenNothingIsAsked() {
        assertEquals(new Paging(0, 50), Paging.of(null, null));
        assertEquals(new Paging(0, 50), Paging.of("", " "));
    }

    @Test
    void pagingAcceptsTheWholeRange() {
        assertEquals(new Paging(40, 1), Paging.of("40", "1"));
        assertEquals(new Paging(0, 200), Paging.of("0", " 200 "));
    }

    @Test
    void aPageSizeOutsideOneToTwoHundredIsRefusedByName() {
        for (String max : new String[]{"0", "201", "-5", "abc", "1.5", "99999999999"}) {
            var refused = assertThrows(InvalidParameter.class, () -> Paging.of(null, max), max);
            assertEquals("api.parameter.range", refused.getMessageKey());
            assertEquals("max", refused.parameter());
            assertArrayEquals(new Object[]{"max", 1, 200}, refused.getArguments());
        }
    }

    @Test
    void aNegativeOffsetIsRefused() {
        var refused = assertThrows(InvalidParameter.class, () -> Paging.of("-1", "10"));
        assertEquals("api.parameter.atLeast", refused.getMessageKey());
        assertArrayEquals(new Object[]{"first", 0}, refused.getArguments());
    }

    @Test
    void textIsTrimmedAndBlankMeansAbsent() {
        assertEquals("sol", QueryParameters.text("name", "  sol ", 10));
        assertNull(QueryParameters.text("name", "   ", 10));
        assertNull(QueryParameters.text("name", null, 10));
    }

    @Test
    void tooLongTextIsRefused() {
        var refused = assertThrows(InvalidParameter.class, () -> QueryParameters.text("name", "x".repeat(11), 10));
        assertEquals("api.parameter.tooLong", refused.getMessageKey());
        assertArrayEquals(new Object[]{"name", 10}, refused.getArguments());
    }
}
