/**
 * The loopback endpoint that answers the real AWS SDKs: the AWS JSON protocols ({@code POST /} with
 * {@code X-Amz-Target}) for Cognito and Step Functions, OIDC discovery and JWKS per user pool, and Stepwise's own
 * outbox. The server ({@link dev.stepwise.engine.http.LocalEndpoint}) only moves bytes; a
 * {@link dev.stepwise.engine.http.Router} picks one small {@link dev.stepwise.engine.http.Route} per request, and
 * {@link dev.stepwise.engine.http.AwsJsonRoute} translates between the wire and an
 * {@link dev.stepwise.engine.http.AwsJsonService}.
 */
package dev.stepwise.engine.http;
