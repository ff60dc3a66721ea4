package se.kvalitet.people.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** After signing in, a person continues only to a page of this application: never to another site. */
class SignInTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "/cycles/cycle.xhtml?id=3, /cycles/cycle.xhtml?id=3",
            "/index.xhtml, /index.xhtml",
            "NULL, /index.xhtml",
            "https://evil.example/, /index.xhtml",
            "//evil.example/x, /index.xhtml",
            "/\\evil.example, /index.xhtml",
            "javascript:alert(1), /index.xhtml",
            "/signin.xhtml?continue=/x, /index.xhtml",
            "/signout.xhtml, /index.xhtml"})
    void continuesOnlyToLocalPages(String requested, String expected) {
        assertEquals(expected, SignIn.safeTarget(requested));
    }
}
