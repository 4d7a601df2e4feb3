package cn.gov.guizhou.ipp.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for tests that talk to a service or the gateway as a real client would: plain
 * HTTP, JSON bodies, bearer tokens.
 */
public final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * How long a request may take before the test gives up on it: generous, because a service's first
   * answer on a busy 2-core machine (e.g. its OpenAPI document, built on first request) can take
   * tens of seconds; a test about timeouts asserts its own, shorter bound.
   */
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(90);

  private final String baseUrl;
  private final Map<String, String> headers;

  private Http(String baseUrl, Map<String, String> headers) {
    this.baseUrl = baseUrl;
    this.headers = headers;
  }

  public static Http to(String baseUrl) {
    return new Http(baseUrl, Map.of());
  }

  /** The same client with one more header on every request. */
  public Http header(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Http(baseUrl, Map.copyOf(more));
  }

  public Http bearer(String token) {
    return header("Authorization", "Bearer " + token);
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  public Response delete(String path) {
    return send(request(path).DELETE());
  }

  /** POSTs {@code body}: a string is sent as it is, anything else as its JSON. */
  public Response post(String path, Object body) {
    return send(withJson(request(path), "POST", body));
  }

  /** PUTs {@code body}: a string is sent as it is, anything else as its JSON. */
  public Response put(String path, Object body) {
    return send(withJson(request(path), "PUT", body));
  }

  /** PATCHes {@code body}: a string is sent as it is, anything else as its JSON. */
  public Response patch(String path, Object body) {
    return send(withJson(request(path), "PATCH", body));
  }

  /**
   * POSTs one file as {@code multipart/form-data}, as a browser's file input sends it.
   *
   * @param part the part's name (the form field)
   * @param filename the file name the client gives
   * @param contentType the type the client declares for the part
   */
  public Response postFile(
      String path, String part, String filename, String contentType, byte[] content) {
    return postParts(path, java.util.List.of(Part.file(part, filename, contentType, content)));
  }

  /** POSTs {@code multipart/form-data} with the parts given, in order. */
  public Response postParts(String path, java.util.List<Part> parts) {
    String boundary = "ipp-test-" + java.util.UUID.randomUUID();
    return send(
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody(boundary, parts))));
  }

  /** A {@code multipart/form-data} body of the parts given, in order, with the boundary given. */
  public static byte[] multipartBody(String boundary, java.util.List<Part> parts) {
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    for (Part part : parts) {
      String head =
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\""
              + part.name()
              + "\""
              + (part.filename() == null ? "" : "; filename=\"" + part.filename() + "\"")
              + "\r\nContent-Type: "
              + part.contentType()
              + "\r\n\r\n";
      body.writeBytes(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      body.writeBytes(part.content());
      body.writeBytes("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return body.toByteArray();
  }

  /**
   * One part of a {@code multipart/form-data} body.
   *
   * @param name the part's name (the form field)
   * @param filename the file name the client gives, null for a value that is not a file
   * @param contentType the type the client declares
   * @param content its bytes
   */
  public record Part(String name, String filename, String contentType, byte[] content) {

    /** A JSON value, as a browser's form sends a Blob of type application/json. */
    public static Part json(String name, Object value) {
      String text = value instanceof String s ? s : JSON.writeValueAsString(value);
      return new Part(
          name, null, "application/json", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A file. */
    public static Part file(String name, String filename, String contentType, byte[] content) {
      return new Part(name, filename, contentType, content);
    }
  }

  /** GETs a body as bytes (a download); the response's text body is empty. */
  public byte[] getBytes(String path) {
    try {
      HttpResponse<byte[]> response =
          CLIENT.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static HttpRequest.Builder withJson(
      HttpRequest.Builder builder, String method, Object body) {
    String text = body instanceof String s ? s : JSON.writeValueAsString(body);
    return builder
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(text));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(REQUEST_TIMEOUT);
    headers.forEach(builder::header);
    return builder;
  }

  private static Response send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /**
   * A response.
   *
   * @param status HTTP status
   * @param headers response headers
   * @param body body as text
   */
  public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

    /** The body parsed as JSON. */
    public JsonNode json() {
      return JSON.readTree(body);
    }

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .findFirst()
          .orElse(null);
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
