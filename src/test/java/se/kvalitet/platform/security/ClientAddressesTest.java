package se.kvalitet.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Behind a trusted proxy, the client is the last hop the proxy added to X-Forwarded-For. */
class ClientAddressesTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", delimiter = '|', value = {
            "203.0.113.9 | 203.0.113.9",
            "10.1.1.1, 203.0.113.9 | 203.0.113.9",
            "forged-by-client,  203.0.113.9  | 203.0.113.9",
            "2001:db8::1 | 2001:db8::1",
            "203.0.113.9, | NULL",
            "NULL | NULL"})
    void theLastHopCounts(String header, String expected) {
        assertEquals(Optional.ofNullable(expected), ClientAddresses.lastForwarded(header));
    }

    @org.junit.jupiter.api.Test
    void onlyTheNamedProxiesAreTrusted() {
        assertTrue(ClientAddresses.trusted("127.0.0.1, 10.0.0.5", "10.0.0.5"));
        assertFalse(ClientAddresses.trusted("127.0.0.1, 10.0.0.5", "10.0.0.50"));
        assertFalse(ClientAddresses.trusted("", "127.0.0.1"));
    }
}
