package cn.gov.guizhou.ipp.kit.web;

import cn.gov.guizhou.ipp.kit.security.RequiredRoles;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.method.HandlerMethod;

/**
 * What every operation of a service's OpenAPI document tells a newcomer without the source: who may
 * call it (the roles its {@code @PreAuthorize} allows, in the description and as {@code x-roles},
 * or {@code x-public} for the catalogue anyone may read), how to sign in (Keycloak's authorization
 * code flow, so Swagger UI's Authorize button works, or a bearer token), and the problems it may
 * answer (400/401/403/404/409/422/503, {@code application/problem+json}, each with the {@code type}
 * URIs {@link ProblemKind} defines for that status).
 */
public final class ApiDocumentation {

  /** Extension naming the realm roles an operation allows; empty: any signed-in user. */
  public static final String ROLES = "x-roles";

  /** Extension marking an operation anyone may call without a token. */
  public static final String PUBLIC = "x-public";

  /** Extension marking a list that pages ({@link PageQuery}): its parameters and headers. */
  public static final String PAGED = "x-paged";

  /** Security scheme: Keycloak's authorization code flow (Swagger UI's Authorize button). */
  public static final String KEYCLOAK = "keycloak";

  /** Security scheme: a bearer token obtained elsewhere (a script, a firm's client). */
  public static final String BEARER = "bearer";

  static final String PROBLEM = "Problem";
  static final String FIELD_VIOLATION = "FieldViolation";
  static final String PROBLEM_JSON = "application/problem+json";

  private ApiDocumentation() {}

  /**
   * Records each operation's roles from its handler method, and says them in its description.
   * Springdoc calls it once per operation while it builds the document.
   */
  public static OperationCustomizer roles() {
    return (Operation operation, HandlerMethod handler) -> {
      RequiredRoles required = RequiredRoles.of(handler.getMethod(), handler.getBeanType());
      if (required.stated()) {
        operation.addExtension(ROLES, required.roles());
        append(operation, "**Allowed:** " + required.describe() + ".");
      }
      return operation;
    };
  }

  /**
   * A list that takes a {@link PageQuery}: its {@code page} and {@code size} query parameters, and
   * (once the responses exist, see {@link #document}) the {@code X-Total-Count} and {@code Link}
   * headers of its answer.
   */
  public static OperationCustomizer paging() {
    return (Operation operation, HandlerMethod handler) -> {
      boolean paged =
          Arrays.stream(handler.getMethodParameters())
              .anyMatch(p -> PageQuery.class.equals(p.getParameterType()));
      if (paged) {
        operation.addExtension(PAGED, true);
        operation.addParametersItem(
            new io.swagger.v3.oas.models.parameters.QueryParameter()
                .name(PageQuery.PAGE)
                .description("The page, from 1.")
                .schema(
                    new Schema<Integer>()
                        .type("integer")
                        .minimum(java.math.BigDecimal.ONE)
                        ._default(1)));
        operation.addParametersItem(
            new io.swagger.v3.oas.models.parameters.QueryParameter()
                .name(PageQuery.SIZE)
                .description(
                    "The rows per page, from 1 to "
                        + PageQuery.MAX_SIZE
                        + " (default "
                        + PageQuery.DEFAULT_SIZE
                        + ").")
                .schema(
                    new Schema<Integer>()
                        .type("integer")
                        .minimum(java.math.BigDecimal.ONE)
                        .maximum(java.math.BigDecimal.valueOf(PageQuery.MAX_SIZE))
                        ._default(PageQuery.DEFAULT_SIZE)));
        append(
            operation,
            "**Paged:** `page` and `size` (at most "
                + PageQuery.MAX_SIZE
                + " rows); the total in `"
                + PageQuery.TOTAL_COUNT
                + "`, the other pages in `Link`.");
      }
      return operation;
    };
  }

  /** The headers of a paged list's success answer. */
  private static void pagingHeaders(Operation operation) {
    if (operation.getExtensions() == null
        || !operation.getExtensions().containsKey(PAGED)
        || operation.getResponses() == null) {
      return;
    }
    operation.getResponses().entrySet().stream()
        .filter(response -> response.getKey().startsWith("2"))
        .forEach(
            response ->
                response
                    .getValue()
                    .addHeaderObject(
                        PageQuery.TOTAL_COUNT,
                        new io.swagger.v3.oas.models.headers.Header()
                            .description("The rows of the whole list under the same filters.")
                            .schema(new Schema<Long>().type("integer")))
                    .addHeaderObject(
                        "Link",
                        new io.swagger.v3.oas.models.headers.Header()
                            .description(
                                "RFC 8288 links to the first, previous, next and last pages"
                                    + " (relative URIs).")
                            .schema(new Schema<String>().type("string"))));
  }

  /**
   * The security schemes, the public operations, and every operation's problem responses.
   *
   * @param authorizationServer the realm's URL as a browser reaches it (e.g. {@code
   *     http://localhost:8180/realms/guizhou-ip})
   * @param publicGetPaths the path patterns anyone may read (kit property {@code
   *     ipp.security.public-get-paths})
   */
  public static OpenApiCustomizer document(
      String authorizationServer, List<String> publicGetPaths) {
    AntPathMatcher paths = new AntPathMatcher();
    return openApi -> {
      securitySchemes(openApi, authorizationServer);
      problemSchemas(openApi);
      if (openApi.getComponents().getSchemas() != null) {
        openApi.getComponents().getSchemas().values().forEach(ApiDocumentation::enumerations);
      }
      if (openApi.getPaths() == null) {
        return;
      }
      openApi
          .getPaths()
          .forEach(
              (path, item) ->
                  item.readOperationsMap()
                      .forEach(
                          (method, operation) -> {
                            boolean isPublic =
                                method == PathItem.HttpMethod.GET
                                    && (operation.getExtensions() == null
                                        || !operation.getExtensions().containsKey(ROLES))
                                    && publicGetPaths.stream()
                                        .anyMatch(pattern -> paths.match(pattern, path));
                            if (operation.getParameters() != null) {
                              operation
                                  .getParameters()
                                  .forEach(parameter -> enumerate(parameter.getSchema()));
                            }
                            pagingHeaders(operation);
                            describe(path, method, operation, isPublic);
                          }));
    };
  }

  /** A pattern that only lists values, e.g. {@code DEFAULT|OVERDUE}: an enumeration. */
  private static final java.util.regex.Pattern ALTERNATIVES =
      java.util.regex.Pattern.compile("\\^?\\(?([A-Z][A-Z0-9_]*(\\|[A-Z][A-Z0-9_]*)+)\\)?\\$?");

  /** The properties of a schema whose values a {@code @Pattern} lists are shown as an enum. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static void enumerations(Schema schema) {
    if (schema.getProperties() != null) {
      ((Map<String, Schema>) schema.getProperties()).values().forEach(ApiDocumentation::enumerate);
    }
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  static void enumerate(Schema schema) {
    if (schema == null) {
      return;
    }
    if (schema.getItems() != null) {
      enumerate(schema.getItems());
    }
    if (schema.getPattern() != null && schema.getEnum() == null) {
      java.util.regex.Matcher values = ALTERNATIVES.matcher(schema.getPattern());
      if (values.matches()) {
        schema.setEnum(List.of(values.group(1).split("\\|")));
      }
    }
  }

  private static void describe(
      String path, PathItem.HttpMethod method, Operation operation, boolean isPublic) {
    if (isPublic) {
      operation.addExtension(PUBLIC, true);
      operation.setSecurity(new ArrayList<>());
      append(operation, "**Public:** no sign-in needed.");
    } else if (operation.getExtensions() == null || !operation.getExtensions().containsKey(ROLES)) {
      operation.addExtension(ROLES, List.of());
      append(operation, "**Allowed:** any signed-in user.");
    }
    @SuppressWarnings("unchecked")
    List<String> roles = isPublic ? List.of() : (List<String>) operation.getExtensions().get(ROLES);
    boolean input =
        operation.getRequestBody() != null
            || (operation.getParameters() != null && !operation.getParameters().isEmpty());
    boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
    List<Integer> statuses = new ArrayList<>();
    if (input) {
      statuses.add(400);
    }
    if (!isPublic) {
      statuses.add(401);
    }
    if (!roles.isEmpty()) {
      statuses.add(403);
    }
    if (path.contains("{")) {
      statuses.add(404);
    }
    if (changes) {
      statuses.add(409);
    }
    if (input) {
      statuses.add(422);
    }
    statuses.add(503);
    ApiResponses responses = operation.getResponses();
    if (responses == null) {
      responses = new ApiResponses();
      operation.setResponses(responses);
    }
    for (int status : statuses) {
      String code = String.valueOf(status);
      if (!responses.containsKey(code)) {
        responses.addApiResponse(code, problemResponse(status, roles));
      }
    }
  }

  /** Problem kinds by status, from the one list of them. */
  static Map<Integer, List<ProblemKind>> kindsByStatus() {
    return Arrays.stream(ProblemKind.values())
        .collect(
            Collectors.groupingBy(
                kind -> kind.status().value(), TreeMap::new, Collectors.toList()));
  }

  private static ApiResponse problemResponse(int status, List<String> roles) {
    List<ProblemKind> kinds = kindsByStatus().getOrDefault(status, List.of());
    String types =
        kinds.stream().map(kind -> "`" + kind.type() + "`").collect(Collectors.joining(", "));
    String what =
        switch (status) {
          case 400 ->
              "The request cannot be read (malformed JSON, a wrong type, a value outside an"
                  + " enumeration — the problem lists the allowed values).";
          case 401 ->
              "No valid token (missing, expired — the reason says so — or not for this"
                  + " platform).";
          case 403 ->
              "The caller's roles do not allow this request; `requiredRoles` names the roles"
                  + " it needs ("
                  + String.join(", ", roles)
                  + ").";
          case 404 -> "The object does not exist or is not visible to the caller.";
          case 409 -> "The request conflicts with the object's state or existing data.";
          case 422 -> "A field is not valid; `errors` names each field and why.";
          case 503 ->
              "A platform service, the database or a registry cannot answer now; retry"
                  + " after `Retry-After`.";
          default -> "A problem.";
        };
    Schema<Object> typed = new Schema<>();
    typed.setTypes(Set.of("object"));
    Schema<String> type = new Schema<>();
    type.setTypes(Set.of("string"));
    type.setFormat("uri");
    kinds.forEach(kind -> type.addEnumItemObject(kind.type().toString()));
    typed.addProperty("type", type);
    Schema<Object> schema = new Schema<>();
    schema.setAllOf(List.of(new Schema<>().$ref("#/components/schemas/" + PROBLEM), typed));
    return new ApiResponse()
        .description(what + " Problem types: " + types + ".")
        .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(schema)));
  }

  private static void securitySchemes(OpenAPI openApi, String authorizationServer) {
    String base = authorizationServer.replaceAll("/+$", "") + "/protocol/openid-connect";
    openApi.schemaRequirement(
        KEYCLOAK,
        new SecurityScheme()
            .type(SecurityScheme.Type.OAUTH2)
            .description(
                "Sign in with Keycloak (realm guizhou-ip): the authorization code flow with PKCE,"
                    + " public client ipp-api-docs.")
            .flows(
                new OAuthFlows()
                    .authorizationCode(
                        new OAuthFlow()
                            .authorizationUrl(base + "/auth")
                            .tokenUrl(base + "/token")
                            .refreshUrl(base + "/token")
                            .scopes(new Scopes().addString("openid", "OpenID Connect sign-in")))));
    openApi.schemaRequirement(
        BEARER,
        new SecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("bearer")
            .bearerFormat("JWT")
            .description("An access token of the guizhou-ip realm with audience ipp-api."));
    openApi.setSecurity(
        List.of(
            new SecurityRequirement().addList(KEYCLOAK, List.of("openid")),
            new SecurityRequirement().addList(BEARER)));
  }

  private static void problemSchemas(OpenAPI openApi) {
    Schema<Object> violation = object("A field that is not valid, and why.");
    violation.addProperty(
        "field", string("The field's path in the request, e.g. budget[2].amount"));
    violation.addProperty("message", string("Why it is not valid (the allowed values, if any)"));
    Schema<Object> problem =
        object("An RFC 9457 problem: title and detail in the caller's language (zh or en).");
    Schema<String> type = string("The kind of problem, one of the platform's stable type URIs");
    type.setFormat("uri");
    Arrays.stream(ProblemKind.values())
        .forEach(kind -> type.addEnumItemObject(kind.type().toString()));
    problem.addProperty("type", type);
    problem.addProperty("title", string("The kind of problem in words"));
    Schema<Integer> status = new Schema<>();
    status.setTypes(Set.of("integer"));
    problem.addProperty("status", status);
    problem.addProperty("detail", string("What the caller can do about it"));
    problem.addProperty("instance", string("The request's path"));
    problem.addProperty("reason", string("The specific reason (English)"));
    problem.addProperty("code", string("A stable code naming a conflict (409)"));
    Schema<Object> errors = new Schema<>();
    errors.setTypes(Set.of("array"));
    errors.setItems(new Schema<>().$ref("#/components/schemas/" + FIELD_VIOLATION));
    errors.setDescription("The fields that are not valid (400, 422)");
    problem.addProperty("errors", errors);
    Schema<Object> required = new Schema<>();
    required.setTypes(Set.of("array"));
    required.setItems(string("A realm role"));
    required.setDescription("The roles, any one of which the request needs (403)");
    problem.addProperty("requiredRoles", required);
    Schema<Boolean> retryable = new Schema<>();
    retryable.setTypes(Set.of("boolean"));
    retryable.setDescription("Whether asking again later may succeed (credit checks)");
    problem.addProperty("retryable", retryable);
    problem.setRequired(List.of("type", "title", "status"));
    Map<String, Schema> schemas =
        openApi.getComponents() == null || openApi.getComponents().getSchemas() == null
            ? new LinkedHashMap<>()
            : openApi.getComponents().getSchemas();
    schemas.putIfAbsent(FIELD_VIOLATION, violation);
    schemas.putIfAbsent(PROBLEM, problem);
    if (openApi.getComponents() == null) {
      openApi.components(new io.swagger.v3.oas.models.Components());
    }
    openApi.getComponents().setSchemas(schemas);
  }

  private static Schema<Object> object(String description) {
    Schema<Object> schema = new Schema<>();
    schema.setTypes(Set.of("object"));
    schema.setDescription(description);
    return schema;
  }

  private static Schema<String> string(String description) {
    Schema<String> schema = new Schema<>();
    schema.setTypes(Set.of("string"));
    schema.setDescription(description);
    return schema;
  }

  private static void append(Operation operation, String sentence) {
    String description = operation.getDescription();
    if (description != null && description.contains(sentence)) {
      return;
    }
    operation.setDescription(
        description == null || description.isBlank() ? sentence : description + "\n\n" + sentence);
  }
}
