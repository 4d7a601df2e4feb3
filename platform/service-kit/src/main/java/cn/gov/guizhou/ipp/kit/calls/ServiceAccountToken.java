package cn.gov.guizhou.ipp.kit.calls;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's own access token, for calls it makes to other services as itself (a credit check
 * before a disbursement, for instance): an OAuth 2 client-credentials grant of the service's
 * confidential client at the identity provider, kept until shortly before it expires.
 */
public class ServiceAccountToken {

  private static final Duration EARLY_RENEWAL = Duration.ofSeconds(30);

  private final URI tokenUri;
  private final String clientId;
  private final String clientSecret;
  private final Clock clock;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final JsonMapper json = JsonMapper.builder().build();

  private String token;
  private Instant renewAt = Instant.MIN;

  public ServiceAccountToken(URI tokenUri, String clientId, String clientSecret, Clock clock) {
    this.tokenUri = tokenUri;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.clock = clock;
  }

  /** {@code Bearer <token>}, fetched or renewed when needed. */
  public synchronized String authorization() {
    if (token == null || !clock.instant().isBefore(renewAt)) {
      fetch();
    }
    return "Bearer " + token;
  }

  private void fetch() {
    String form =
        "grant_type=client_credentials&client_id="
            + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(tokenUri)
            .timeout(Duration.ofSeconds(5))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("the identity provider did not answer: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while asking for a service token", e);
    }
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "the identity provider refused the service token of "
              + clientId
              + " ("
              + response.statusCode()
              + ")");
    }
    JsonNode body = json.readTree(response.body());
    token = body.get("access_token").asString();
    long expiresIn = body.has("expires_in") ? body.get("expires_in").asLong() : 60;
    renewAt = clock.instant().plusSeconds(expiresIn).minus(EARLY_RENEWAL);
  }
}
