package se.kvalitet.examiners.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExaminerCsvTest {

    static final Map<String, String> AREAS = Map.of("school", "SCHOOL", "skola", "SCHOOL", "preschool", "PRESCHOOL",
            "förskola", "PRESCHOOL", "elderly_care", "ELDERLY_CARE");
    static final String HEADER = "email;name;administration;unit;trained_on;years;earlier_assessments;leader;competences;"
            + "capacity;manager;approved_on;notes\n";

    static ExaminerCsv.Parsed parse(String text) {
        return ExaminerCsv.parse(text, AREAS);
    }

    static List<String> keys(ExaminerCsv.Parsed parsed) {
        return parsed.errors().stream().map(e -> e.line() + ":" + e.key()).toList();
    }

    @Test
    void aGoodFileGivesEveryRow() {
        var parsed = parse(HEADER
                + "Anna@Stad.se;Anna Andersson;Utbildningsförvaltningen;Solskolan;2082-02-01;3;4;ja;Skola|förskola;2;Chef Ett;2082-02-03;Ledig v. 30\n"
                + "bo@stad.se;Bo Berg;;;;0;0;nej;;;;;\n");
        assertTrue(parsed.valid(), () -> keys(parsed).toString());
        assertEquals(2, parsed.rows().size());
        var anna = parsed.rows().get(0);
        assertEquals(2, anna.line());
        assertEquals("anna@stad.se", anna.email());
        assertEquals("Anna Andersson", anna.name());
        assertEquals("Utbildningsförvaltningen", anna.administration());
        assertEquals("Solskolan", anna.unit());
        assertEquals(LocalDate.of(2082, 2, 1), anna.trainedOn());
        assertEquals(3, anna.years());
        assertEquals(4, anna.earlierAssessments());
        assertTrue(anna.leader());
        assertEquals(Set.of("SCHOOL", "PRESCHOOL"), anna.competences());
        assertEquals(2, anna.capacity());
        assertEquals("Chef Ett", anna.manager());
        assertEquals(LocalDate.of(2082, 2, 3), anna.approvedOn());
        assertEquals("Ledig v. 30", anna.notes());
        var bo = parsed.rows().get(1);
        assertEquals(3, bo.line());
        assertNull(bo.unit());
        assertEquals(2, bo.capacity(), "an empty capacity is the default");
        assertFalse(bo.leader());
        assertTrue(parsed.has(ExaminerCsv.NOTES));
    }

    @Test
    void commasQuotesAndAByteOrderMark() {
        var parsed = parse("\uFEFFe-mail,name,competences,notes\r\n"
                + "\"cia@stad.se\",\"Cia, Carlsson\",\"school|ELDERLY_CARE\",\"Säger \"\"nej\"\" till juli\noch augusti\"\r\n"
                + "dan@stad.se,Dan,,\r\n");
        assertTrue(parsed.valid(), () -> keys(parsed).toString());
        assertEquals(2, parsed.rows().size());
        var cia = parsed.rows().get(0);
        assertEquals("cia@stad.se", cia.email());
        assertEquals("Cia, Carlsson", cia.name());
        assertEquals(Set.of("SCHOOL", "ELDERLY_CARE"), cia.competences());
        assertEquals("Säger \"nej\" till juli\noch augusti", cia.notes());
        assertEquals(4, parsed.rows().get(1).line(), "a quoted line break moves the line numbers on");
        assertFalse(parsed.has(ExaminerCsv.CAPACITY));
    }

    @Test
    void semicolonsWithQuotedSemicolons() {
        var parsed = parse("email;notes\nera@stad.se;\"vecka 30; vecka 31\"\n");
        assertTrue(parsed.valid());
        assertEquals("vecka 30; vecka 31", parsed.rows().get(0).notes());
    }

    @Test
    void everyBadRowIsReportedWithItsLine() {
        var parsed = parse(HEADER
                + "ok@stad.se;Ok;;;;;;;;;;;\n"
                + "inte-en-adress;X;;;;;;;;;;;\n"
                + ";X;;;;;;;;;;;\n"
                + "d@stad.se;D;;;2082-13-01;;;;;;;;\n"
                + "n@stad.se;N;;;;tre;;;;;;;\n"
                + "c@stad.se;C;;;;;;;;99;;;\n"
                + "b@stad.se;B;;;;;;kanske;;;;;\n"
                + "k@stad.se;K;;;;;;;Skola|Rymdfart;;;;\n"
                + "l@stad.se;L;;;;0;0;ja;;;;;\n"
                + "m@stad.se;M;;;;;;;;;;2082-02-02;\n"
                + "few@stad.se;F\n"
                + "ok@stad.se;Igen;;;;;;;;;;;\n");
        assertFalse(parsed.valid());
        assertEquals(List.of("3:examiners.import.email.invalid", "4:examiners.import.email.required",
                "5:examiners.import.date.invalid", "6:examiners.import.number.invalid",
                "7:examiners.import.number.invalid", "8:examiners.import.boolean.invalid",
                "9:examiners.import.competence.unknown", "10:examiners.leader.needsExperience",
                "11:examiners.approval.needsManager", "12:examiners.import.columns",
                "13:examiners.import.email.duplicate"), keys(parsed));
        assertEquals(List.of("Rymdfart"), parsed.errors().get(6).arguments());
    }

    @Test
    void aBadHeaderIsReported() {
        assertEquals(List.of("1:examiners.import.header.unknown", "1:examiners.import.header.email"),
                keys(parse("namn;skostorlek\nAnna;38\n")));
        assertEquals(List.of("1:examiners.import.header.duplicate"), keys(parse("email;e-post\na@b.se;a@b.se\n")));
    }

    @Test
    void anEmptyFileIsReported() {
        assertEquals(List.of("1:examiners.import.empty"), keys(parse("")));
        assertEquals(List.of("1:examiners.import.empty"), keys(parse("\uFEFFemail;name\n\n;\n")));
    }
}
