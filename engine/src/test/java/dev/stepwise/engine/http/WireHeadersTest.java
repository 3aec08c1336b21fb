package dev.stepwise.engine.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small parsers of the JSON protocols' headers and query strings. */
class WireHeadersTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            AWSCognitoIdentityProviderService.SignUp, AWSCognitoIdentityProviderService, SignUp
            AWSStepFunctions.StartExecution,          AWSStepFunctions,                  StartExecution
            ' AWSStepFunctions.ListExecutions ',      AWSStepFunctions,                  ListExecutions
            """)
    void targetIsServicePrefixDotOperation(String header, String prefix, String operation) {
        assertThat(AmzTarget.parse(header)).hasValue(new AmzTarget(prefix, operation));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            SignUp
            AWSStepFunctions.
            .SignUp
            a.b.c
            ''
            """)
    void targetWithoutExactlyTwoNamesIsGarbled(String header) {
        assertThat(AmzTarget.parse(header)).isEmpty();
        assertThat(AmzTarget.parse(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            application/x-amz-json-1.1,                 application/x-amz-json-1.1
            application/x-amz-json-1.0,                 application/x-amz-json-1.0
            Application/X-Amz-Json-1.1; charset=UTF-8,  application/x-amz-json-1.1
            application/json,                           application/json
            """)
    void jsonContentTypesAreAcceptedWithoutParameters(String header, String mediaType) {
        assertThat(JsonProtocol.acceptedMediaType(header)).hasValue(mediaType);
    }

    @Test
    void otherContentTypesAreNot() {
        for (String header : List.of("text/plain", "application/x-www-form-urlencoded", "application/x-amz-json-2.0",
                "application/x-amz-cbor-1.1")) {
            assertThat(JsonProtocol.acceptedMediaType(header)).as(header).isEmpty();
        }
        assertThat(JsonProtocol.acceptedMediaType(null)).isEmpty();
    }

    @Test
    void completeSigV4HeaderPassesWithoutASignatureCheck() {
        assertThat(SigV4Authorization.check(request(Map.of("X-Amz-Date", "20250101T000000Z", "Authorization",
                "AWS4-HMAC-SHA256 Credential=AKID/20250101/eu-west-1/states/aws4_request, SignedHeaders=host, "
                        + "Signature=deadbeef")))).isEmpty();
    }

    @Test
    void incompleteSigV4HeaderNamesEveryMissingPartAsAwsDoes() {
        Optional<AwsError> error = SigV4Authorization.check(request(Map.of("Authorization", "AWS4-HMAC-SHA256")));

        assertThat(error).hasValue(AwsError.incompleteSignature("Authorization header requires 'Credential' "
                + "parameter. Authorization header requires 'Signature' parameter. Authorization header requires "
                + "'SignedHeaders' parameter. Authorization header requires existence of either a 'X-Amz-Date' or a"
                + " 'Date' header. Authorization=AWS4-HMAC-SHA256"));
    }

    @Test
    void otherAuthorizationSchemesAndNoneAreLeftAlone() {
        assertThat(SigV4Authorization.check(request(Map.of("Authorization", "Bearer abc")))).isEmpty();
        assertThat(SigV4Authorization.isSigned(request(Map.of("Authorization", "Bearer abc")))).isFalse();
        assertThat(SigV4Authorization.check(request(Map.of()))).isEmpty();
        assertThat(SigV4Authorization.isSigned(request(Map.of("authorization", "AWS4-HMAC-SHA256 x")))).isTrue();
    }

    @Test
    void queryParametersAreDecodedAndHeadersIgnoreCase() {
        EndpointRequest request = new EndpointRequest("get", "/_stepwise/outbox",
                "poolId=us-east-1_Ab1&username=jane%40example.com&flag", Map.of("content-TYPE", List.of("a/b")),
                new byte[0]);

        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.queryParameter("poolId")).hasValue("us-east-1_Ab1");
        assertThat(request.queryParameter("username")).hasValue("jane@example.com");
        assertThat(request.queryParameter("flag")).hasValue("");
        assertThat(request.queryParameter("missing")).isEmpty();
        assertThat(request.header("Content-Type")).hasValue("a/b");
    }

    private static EndpointRequest request(Map<String, String> headers) {
        Map<String, List<String>> all = new HashMap<>();
        headers.forEach((name, value) -> all.put(name, List.of(value)));
        return new EndpointRequest("POST", "/", null, all, new byte[0]);
    }
}
