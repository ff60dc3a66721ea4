package se.kvalitet.organizations.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kvalitet.organizations.entity.Administration;
import se.kvalitet.organizations.entity.AdministrationKind;
import se.kvalitet.organizations.entity.Board;
import se.kvalitet.organizations.entity.OperatorType;
import se.kvalitet.organizations.entity.ServiceArea;
import se.kvalitet.organizations.entity.Unit;

class OrganizationViewsTest {

    /** Ids come from the database; here they are set as it would. */
    private static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void eachBoardGetsItsOwnAdministrationsInTheOrderGiven() {
        var culture = withId(new Board("Kulturnämnden"), 1);
        var education = withId(new Board("Utbildningsnämnden"), 2);
        var housing = withId(new Board("Bostadsbolagets styrelse"), 3);
        var administrations = List.of(
                withId(new Administration(education, "Förskoleförvaltningen", AdministrationKind.ADMINISTRATION), 10),
                withId(new Administration(culture, "Kulturförvaltningen", AdministrationKind.ADMINISTRATION), 11),
                withId(new Administration(education, "Utbildningsförvaltningen", AdministrationKind.ADMINISTRATION), 12));

        var tree = BoardView.tree(List.of(housing, culture, education), administrations);

        assertEquals(List.of(
                new BoardView(3L, "Bostadsbolagets styrelse", List.of()),
                new BoardView(1L, "Kulturnämnden", List.of(
                        new AdministrationView(11L, "Kulturförvaltningen", AdministrationKind.ADMINISTRATION))),
                new BoardView(2L, "Utbildningsnämnden", List.of(
                        new AdministrationView(10L, "Förskoleförvaltningen", AdministrationKind.ADMINISTRATION),
                        new AdministrationView(12L, "Utbildningsförvaltningen", AdministrationKind.ADMINISTRATION)))),
                tree);
    }

    @Test
    void noBoardsNoTree() {
        assertEquals(List.of(), BoardView.tree(List.of(), List.of()));
    }

    @Test
    void aUnitShowsItsAdministrationAndBoard() {
        var board = withId(new Board("Äldrenämnden"), 4);
        var administration = withId(new Administration(board, "Äldreförvaltningen", AdministrationKind.ADMINISTRATION), 5);
        var unit = withId(new Unit(administration, "Dagverksamheten Lärkan", OperatorType.CONTRACTED, ServiceArea.DISABILITY, 9), 6);
        unit.setActive(false);

        assertEquals(new UnitView(6L, "Dagverksamheten Lärkan", OperatorType.CONTRACTED, ServiceArea.DISABILITY, 9, false,
                5L, "Äldreförvaltningen", 4L, "Äldrenämnden"), UnitView.from(unit));
        assertFalse(UnitView.from(unit).active());
    }
}
