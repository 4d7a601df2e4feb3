package cn.gov.guizhou.ipp.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What a newcomer needs from a service's OpenAPI document, checked operation by operation: a
 * summary; the roles it allows ({@code x-roles}, empty for any signed-in user) or that it is public
 * ({@code x-public}); the problem responses that apply, as {@code application/problem+json} with
 * their {@code type}s (503 always, 401 unless public, 403 when roles are named, 404 with a path
 * variable, 400 and 422 with input, 409 for a change); 201, not 200, for a POST that creates (a
 * POST to a collection: the path ends in a plural noun); and sign-in with Keycloak's authorization
 * code flow.
 */
public final class ApiDocumentationCheck {

  /** POSTs to a plural path that create nothing of their own: a calculation, a state change. */
  public static final Set<String> NOT_CREATIONS = Set.of("subsidy-calculations", "transitions");

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  private ApiDocumentationCheck() {}

  /**
   * Asserts that the service answering on the port serves a document with none of the defects below
   * and a Keycloak token endpoint to sign in with; returns the document for checks of the service's
   * own.
   */
  public static JsonNode assertServedDocumentIsComplete(int port) {
    Http.Response response = Http.to("http://127.0.0.1:" + port).get("/v3/api-docs");
    org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(200);
    JsonNode document = response.json();
    org.assertj.core.api.Assertions.assertThat(defects(document)).isEmpty();
    org.assertj.core.api.Assertions.assertThat(
            document
                .at("/components/securitySchemes/keycloak/flows/authorizationCode/tokenUrl")
                .asString())
        .endsWith("/protocol/openid-connect/token");
    return document;
  }

  /** Every defect of the document, one line each: empty when it tells everything above. */
  public static List<String> defects(JsonNode document) {
    List<String> defects = new ArrayList<>();
    JsonNode flow = document.at("/components/securitySchemes/keycloak/flows/authorizationCode");
    if (!flow.at("/authorizationUrl").isString() || !flow.at("/tokenUrl").isString()) {
      defects.add("no Keycloak authorization code flow in components.securitySchemes");
    }
    if (!document.at("/components/schemas/Problem/properties/type/enum").isArray()) {
      defects.add("no Problem schema listing the problem types");
    }
    JsonNode paths = document.path("paths");
    if (paths.isEmpty()) {
      defects.add("no operation at all");
    }
    for (String path : paths.propertyNames()) {
      for (String method : paths.get(path).propertyNames()) {
        if (METHODS.contains(method)) {
          check(path, method, paths.get(path).get(method), defects);
        }
      }
    }
    return defects;
  }

  private static void check(String path, String method, JsonNode operation, List<String> defects) {
    String name = method.toUpperCase() + " " + path;
    if (operation.path("summary").asString("").isBlank()) {
      defects.add(name + ": no summary");
    }
    boolean isPublic = operation.path("x-public").asBoolean(false);
    JsonNode roles = operation.path("x-roles");
    if (!isPublic && !roles.isArray()) {
      defects.add(name + ": neither x-roles nor x-public");
    }
    JsonNode responses = operation.path("responses");
    List<String> expected = new ArrayList<>(List.of("503"));
    if (!isPublic) {
      expected.add("401");
    }
    if (roles.isArray() && !roles.isEmpty()) {
      expected.add("403");
    }
    if (path.contains("{")) {
      expected.add("404");
    }
    if (operation.has("requestBody")) {
      expected.add("400");
      expected.add("422");
    }
    if (!method.equals("get")) {
      expected.add("409");
    }
    for (String status : expected) {
      JsonNode response = responses.path(status);
      if (response.isMissingNode()) {
        defects.add(name + ": no " + status + " response");
      } else if (!response.at("/content/application~1problem+json").isObject()) {
        defects.add(name + ": its " + status + " response is not application/problem+json");
      }
    }
    String last = path.substring(path.lastIndexOf('/') + 1);
    boolean creates =
        method.equals("post")
            && !last.startsWith("{")
            && last.endsWith("s")
            && !NOT_CREATIONS.contains(last);
    if (creates && (!responses.has("201") || responses.has("200"))) {
      defects.add(name + ": creates, so answers 201 (not 200)");
    }
    boolean success = responses.propertyNames().stream().anyMatch(status -> status.startsWith("2"));
    if (!success) {
      defects.add(name + ": no success response");
    }
  }
}
