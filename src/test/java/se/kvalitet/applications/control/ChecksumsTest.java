package se.kvalitet.applications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChecksumsTest {

    @Test
    void knownSha256Values() throws IOException {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Checksums.sha256(new byte[0]));
        byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Checksums.sha256(abc));
        assertEquals(Checksums.sha256(abc), Checksums.sha256(new ByteArrayInputStream(abc)));
    }

    @Test
    void streamAndArrayAgreeOnBigFiles() throws IOException {
        byte[] pdf = TestFiles.pdf();
        assertEquals(Checksums.sha256(pdf), Checksums.sha256(new ByteArrayInputStream(pdf)));
        assertEquals(64, Checksums.sha256(pdf).length());
        byte[] changed = pdf.clone();
        changed[changed.length / 2] ^= 1;
        assertNotEquals(Checksums.sha256(pdf), Checksums.sha256(changed), "one flipped bit changes the checksum");
    }
}
