package se.kvalitet.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.kvalitet.it.ApiDocument;

/**
 * The committed contract (src/main/openapi/kvalitet-api.json) keeps the rules a linter checks, without a server:
 * {@code ApiContractIT} then holds the served document to the same calls.
 */
class ApiContractTest {

    private final ApiDocument contract = ApiDocument.committed();

    @Test
    void everyOperationHasItsOwnOperationId() {
        assertEquals(List.of(), contract.duplicateOrMissingOperationIds());
    }

    @Test
    void theContractHasOnlyStandardTopLevelKeysAndNoTrailingSlashOnAServer() {
        assertEquals(List.of(), contract.nonStandardTopLevelKeys());
        assertEquals(List.of(), contract.serverUrlsWithTrailingSlash());
    }

    @Test
    void callersAuthenticateWithABearerTokenOrBasicAndTheLibraryIsOpen() {
        assertEquals(List.of("basicAuth=http/basic", "bearerAuth=http/bearer"), contract.securitySchemes());
        assertEquals(List.of("basicAuth", "bearerAuth"), contract.defaultSecurity());
        assertEquals(List.of(), contract.securedOperationsWithout401());
        assertTrue(contract.operations().stream().anyMatch(line -> line.startsWith("GET /api/v1/library searchLibrary")));
    }

    @Test
    void theServerUrlLosesItsTrailingSlashesOnly() {
        assertEquals("http://localhost:8080", ApiContract.withoutTrailingSlash("http://localhost:8080/"));
        assertEquals("https://kvalitet.stad.se/app", ApiContract.withoutTrailingSlash("https://kvalitet.stad.se/app//"));
        assertEquals("/", ApiContract.withoutTrailingSlash("/"));
    }
}
