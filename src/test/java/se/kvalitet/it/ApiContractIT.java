package se.kvalitet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API's contract as the running server serves it ({@code /openapi}): standard enough for a linter and a
 * client generator, and the same calls as the committed contract that the build generates the Java client from.
 * When a resource changes, this test fails until the contract is regenerated (src/main/openapi/README.md).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiContractIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private ApiDocument served() {
        var root = URI.create(base.toString()).resolve("/").toString();
        var response = new WebSession(root).get("/openapi", "Accept", "application/json");
        assertEquals(200, response.statusCode(), response.body());
        // the test deployment adds this package's scenario resources (*ScenarioResource) under /api/v1/it: not the product's
        return ApiDocument.parse(response.body()).withoutPathsUnder("/api/v1/it/");
    }

    @Test
    void theServedDocumentOffersTheCallsOfTheCommittedContract() {
        var expected = ApiDocument.committed().operations();
        var actual = served().operations();
        assertTrue(actual.size() > 100, "every resource is described: " + actual.size());
        assertEquals(expected, actual, "the served /openapi differs from src/main/openapi/kvalitet-api.json "
                + "(regenerate it as src/main/openapi/README.md says):\n" + ApiDocument.difference(expected, actual));
    }

    @Test
    void theServedDocumentIsStandardOpenApi() {
        var document = served();
        assertEquals(List.of(), document.duplicateOrMissingOperationIds());
        assertEquals(List.of(), document.nonStandardTopLevelKeys(), "Payara's endpoints block is removed");
        assertEquals(List.of(), document.serverUrlsWithTrailingSlash());
    }

    @Test
    void theServedDocumentDescribesBothWaysToAuthenticate() {
        var document = served();
        assertEquals(List.of("basicAuth=http/basic", "bearerAuth=http/bearer"), document.securitySchemes());
        assertEquals(List.of("basicAuth", "bearerAuth"), document.defaultSecurity());
        assertEquals(List.of(), document.securedOperationsWithout401(),
                "every operation that needs a caller declares 401 (added once by platform.rest.ApiContract)");
        assertEquals(ApiDocument.committed().securitySchemes(), document.securitySchemes());
    }
}
