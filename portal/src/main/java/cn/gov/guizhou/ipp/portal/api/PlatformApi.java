package cn.gov.guizhou.ipp.portal.api;

import cn.gov.guizhou.ipp.portal.PortalProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's API as the portal calls it: through the gateway, with the signed-in person's own
 * access token (refreshed when it expires) and their language. Answers are plain maps and lists; a
 * refusal becomes an {@link ApiProblemException} carrying the API's own problem detail, which the
 * page shows as it is. The portal decides nothing the API decides.
 */
@Component
public class PlatformApi {

  private static final ParameterizedTypeReference<Map<String, Object>> OBJECT =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<Object> ANY =
      new ParameterizedTypeReference<>() {};

  private final RestClient client;
  private final OAuth2AuthorizedClientManager tokens;
  private final JsonMapper json;

  public PlatformApi(
      PortalProperties properties, OAuth2AuthorizedClientManager tokens, JsonMapper json) {
    JdkClientHttpRequestFactory requests =
        new JdkClientHttpRequestFactory(
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
    requests.setReadTimeout(Duration.ofSeconds(30));
    this.client =
        RestClient.builder().baseUrl(properties.gatewayUrl()).requestFactory(requests).build();
    this.tokens = tokens;
    this.json = json;
  }

  /** A JSON object. */
  public Map<String, Object> get(String path, Object... variables) {
    return call(client.get().uri(path, variables), OBJECT, true);
  }

  /** A JSON array. */
  public List<Map<String, Object>> list(String path, Object... variables) {
    return call(client.get().uri(path, variables), LIST, true);
  }

  /**
   * One page of a JSON array, {@code size} rows from page {@code page} (1-based), filtered by the
   * query parameters {@code filters} (absent or blank values are left out); the total from the
   * API's {@code X-Total-Count} (the page's own rows when the API does not tell it).
   */
  public PagedList page(
      String path, int page, int size, Map<String, String> filters, Object... variables) {
    RestClient.RequestHeadersSpec<?> request =
        client
            .get()
            .uri(
                uri -> {
                  uri.path(path);
                  filters.forEach(
                      (name, value) -> {
                        if (value != null && !value.isBlank()) {
                          uri.queryParam(name, value);
                        }
                      });
                  return uri.queryParam("page", page).queryParam("size", size).build(variables);
                });
    ResponseEntity<List<Map<String, Object>>> answer = entity(request, LIST, true);
    List<Map<String, Object>> items = answer.getBody() == null ? List.of() : answer.getBody();
    String total = answer.getHeaders().getFirst(TOTAL_COUNT);
    long count;
    try {
      count = total == null ? items.size() : Long.parseLong(total.strip());
    } catch (NumberFormatException unreadable) {
      count = items.size();
    }
    return new PagedList(items, Math.max(count, items.size()), page, size);
  }

  /** The response header in which the API tells the rows of a whole list. */
  public static final String TOTAL_COUNT = "X-Total-Count";

  /** A JSON object that anyone may read (no token is sent even when someone is signed in). */
  public Map<String, Object> getPublic(String path, Object... variables) {
    return call(client.get().uri(path, variables), OBJECT, false);
  }

  /** A JSON array that anyone may read. */
  public List<Map<String, Object>> listPublic(String path, Object... variables) {
    return call(client.get().uri(path, variables), LIST, false);
  }

  public Map<String, Object> post(String path, Object body, Object... variables) {
    return send(client.post().uri(path, variables), body, Map.of());
  }

  /** A POST with extra headers (e.g. {@code Idempotency-Key}). */
  public Map<String, Object> post(
      String path, Object body, Map<String, String> headers, Object... variables) {
    return send(client.post().uri(path, variables), body, headers);
  }

  public Map<String, Object> put(String path, Object body, Object... variables) {
    return send(client.put().uri(path, variables), body, Map.of());
  }

  /** A PUT whose answer is a JSON array (e.g. an organisation's members after the change). */
  public List<Map<String, Object>> putForList(String path, Object body, Object... variables) {
    RestClient.RequestBodySpec request = client.put().uri(path, variables);
    request.contentType(MediaType.APPLICATION_JSON).body(body);
    return call(request, LIST, true);
  }

  /** A DELETE; whatever the API answers (an object, an array or nothing) is not read. */
  public void delete(String path, Object... variables) {
    call(client.delete().uri(path, variables), ANY, true);
  }

  /** A multipart POST (uploads). */
  public Map<String, Object> postMultipart(
      String path, MultiValueMap<String, Object> parts, Object... variables) {
    return call(
        client.post().uri(path, variables).contentType(MediaType.MULTIPART_FORM_DATA).body(parts),
        OBJECT,
        true);
  }

  /** A download, passed to the browser as the API sends it (type, name and bytes). */
  public void download(String path, HttpServletResponse response, Object... variables)
      throws IOException {
    RestClient.RequestHeadersSpec<?> request = authorised(client.get().uri(path, variables), true);
    ResponseEntity<byte[]> answer;
    try {
      answer =
          request
              .retrieve()
              .onStatus(
                  HttpStatusCode::isError,
                  (req, res) -> refuse(res.getStatusCode().value(), res.getBody()))
              .toEntity(byte[].class);
    } catch (ResourceAccessException e) {
      throw unavailable(e);
    }
    HttpHeaders headers = answer.getHeaders();
    for (String name :
        List.of(
            HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_DISPOSITION, "X-Content-Type-Options")) {
      String value = headers.getFirst(name);
      if (value != null) {
        response.setHeader(name, value);
      }
    }
    byte[] body = answer.getBody() == null ? new byte[0] : answer.getBody();
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private Map<String, Object> send(
      RestClient.RequestBodySpec request, Object body, Map<String, String> headers) {
    headers.forEach(request::header);
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).body(body);
    }
    return call(request, OBJECT, true);
  }

  private <T> T call(
      RestClient.RequestHeadersSpec<?> request,
      ParameterizedTypeReference<T> type,
      boolean asUser) {
    return entity(request, type, asUser).getBody();
  }

  private <T> ResponseEntity<T> entity(
      RestClient.RequestHeadersSpec<?> request,
      ParameterizedTypeReference<T> type,
      boolean asUser) {
    try {
      return authorised(request, asUser)
          .retrieve()
          .onStatus(
              HttpStatusCode::isError,
              (req, res) -> refuse(res.getStatusCode().value(), res.getBody()))
          .toEntity(type);
    } catch (ResourceAccessException e) {
      throw unavailable(e);
    }
  }

  private RestClient.RequestHeadersSpec<?> authorised(
      RestClient.RequestHeadersSpec<?> request, boolean asUser) {
    Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
    request.header(HttpHeaders.ACCEPT_LANGUAGE, "en".equals(locale.getLanguage()) ? "en" : "zh-CN");
    request.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON, MediaType.ALL);
    if (asUser) {
      String token = accessToken();
      if (token != null) {
        request.headers(h -> h.setBearerAuth(token));
      }
    }
    return request;
  }

  /** The signed-in person's access token, refreshed if needed; null for an anonymous visitor. */
  private String accessToken() {
    Authentication person = SecurityContextHolder.getContext().getAuthentication();
    if (!(person instanceof OAuth2AuthenticationToken)) {
      return null;
    }
    Consumer<Map<String, Object>> exchange =
        attributes -> {
          if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes s) {
            attributes.put(HttpServletRequest.class.getName(), s.getRequest());
            if (s.getResponse() != null) {
              attributes.put(HttpServletResponse.class.getName(), s.getResponse());
            }
          }
        };
    try {
      OAuth2AuthorizedClient authorized =
          tokens.authorize(
              OAuth2AuthorizeRequest.withClientRegistrationId("keycloak")
                  .principal(person)
                  .attributes(exchange)
                  .build());
      if (authorized == null) {
        throw new SignInAgainException("no tokens in the session", null);
      }
      return authorized.getAccessToken().getTokenValue();
    } catch (ClientAuthorizationException e) {
      throw new SignInAgainException("the tokens could not be refreshed", e);
    }
  }

  private void refuse(int status, InputStream body) throws IOException {
    Map<String, Object> problem;
    try {
      byte[] bytes = body.readAllBytes();
      problem = bytes.length == 0 ? Map.of() : json.readValue(bytes, OBJECT_TYPE);
    } catch (RuntimeException e) {
      problem = Map.of();
    }
    throw new ApiProblemException(ApiProblem.of(status, problem));
  }

  private static final tools.jackson.core.type.TypeReference<Map<String, Object>> OBJECT_TYPE =
      new tools.jackson.core.type.TypeReference<>() {};

  private static ApiProblemException unavailable(ResourceAccessException e) {
    return new ApiProblemException(
        new ApiProblem(
            503,
            "urn:ipp:portal:platform-unreachable",
            null,
            null,
            Map.of(),
            Map.of("retryable", true, "cause", String.valueOf(e.getMessage()))));
  }
}
