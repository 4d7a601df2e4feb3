package cn.gov.guizhou.ipp.system;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/** Tokens from the real Keycloak of the local platform. */
final class Keycloak {

  static final String ISSUER = "http://localhost:8180/realms/guizhou-ip";
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Keycloak() {}

  /** A user's token through the development client {@code ipp-cli} (password grant). */
  static String userToken(String username) {
    return userToken("ipp-cli", username);
  }

  static String userToken(String clientId, String username) {
    return token(
        Map.of(
            "grant_type",
            "password",
            "client_id",
            clientId,
            "username",
            username,
            "password",
            "demo"));
  }

  /** A confidential client's own token (client credentials). */
  static String clientToken(String clientId, String secret) {
    return token(
        Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
  }

  private static String token(Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    try {
      HttpResponse<String> response =
          CLIENT.send(
              HttpRequest.newBuilder(URI.create(ISSUER + "/protocol/openid-connect/token"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "Keycloak refused the token request: " + response.statusCode() + " " + response.body());
      }
      return JSON.readTree(response.body()).get("access_token").asString();
    } catch (IOException e) {
      throw new IllegalStateException("cannot reach Keycloak", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
