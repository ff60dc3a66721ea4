package se.kvalitet.organizations.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import se.kvalitet.platform.errors.RuleViolation;

class UnitTest {

    private final Administration south = new Administration(new Board("Söderorts stadsdelsnämnd"),
            "Söderorts stadsdelsförvaltning", AdministrationKind.ADMINISTRATION);

    @Test
    void staffCountRangesFromNoneToOneHundredThousand() {
        assertEquals(0, new Unit(south, "Ny enhet", OperatorType.MUNICIPAL, ServiceArea.OTHER, 0).getStaffCount());
        assertEquals(100_000, new Unit(south, "Stor", OperatorType.MUNICIPAL, ServiceArea.OTHER, 100_000).getStaffCount());
        var negative = assertThrows(RuleViolation.class,
                () -> new Unit(south, "Minus", OperatorType.MUNICIPAL, ServiceArea.OTHER, -1));
        assertEquals("organizations.unit.staffCount.range", negative.getMessageKey());
        assertThrows(RuleViolation.class, () -> new Unit(south, "För stor", OperatorType.MUNICIPAL, ServiceArea.OTHER, 100_001));
    }

    @Test
    void operatorTypeAndServiceAreaAreRequired() {
        assertEquals("organizations.unit.operatorType.required", assertThrows(RuleViolation.class,
                () -> new Unit(south, "X", null, ServiceArea.OTHER, 1)).getMessageKey());
        assertEquals("organizations.unit.serviceArea.required", assertThrows(RuleViolation.class,
                () -> new Unit(south, "X", OperatorType.PRIVATE, null, 1)).getMessageKey());
    }

    @Test
    void aRefusedChangeChangesNothing() {
        var unit = new Unit(south, "Förskolan Solrosen", OperatorType.MUNICIPAL, ServiceArea.PRESCHOOL, 24);
        assertThrows(RuleViolation.class,
                () -> unit.change(south, "Förskolan Solen", OperatorType.PRIVATE, ServiceArea.SCHOOL, 200_000));
        assertEquals("Förskolan Solrosen", unit.getName());
        assertEquals(OperatorType.MUNICIPAL, unit.getOperatorType());
        assertEquals(24, unit.getStaffCount());
    }

    @Test
    void aUnitIsDeactivatedNotDeletedAndCanComeBack() {
        var unit = new Unit(south, "Hemtjänsten Söder", OperatorType.MUNICIPAL, ServiceArea.ELDERLY_CARE, 48);
        assertTrue(unit.isActive());
        unit.deactivate();
        assertFalse(unit.isActive());
        unit.reactivate();
        assertTrue(unit.isActive());
    }
}
