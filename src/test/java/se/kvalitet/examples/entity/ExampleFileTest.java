package se.kvalitet.examples.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.kvalitet.platform.errors.RuleViolation;

class ExampleFileTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @Test
    void anImageNeedsAnAltTextAndMustBeAnImage() {
        assertEquals("examples.image.altTextRequired",
                assertThrows(RuleViolation.class, () -> ExampleFile.image(1L, "a.png", " ", PNG, Instant.now())).getMessageKey());
        assertEquals("examples.image.notAnImage", assertThrows(RuleViolation.class,
                () -> ExampleFile.image(1L, "a.png", "Barn läser", "MZ not an image at all".getBytes(), Instant.now())).getMessageKey());
        var image = ExampleFile.image(1L, "a.png", " Barn läser ", PNG, Instant.now());
        assertEquals("image/png", image.getContentType());
        assertEquals("Barn läser", image.getAltText());
        assertEquals(64, image.getSha256().length());
    }
}
