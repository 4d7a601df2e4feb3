package cn.gov.guizhou.ipp.kit.idempotency;

import cn.gov.guizhou.ipp.kit.web.ProblemKind;
import cn.gov.guizhou.ipp.kit.web.ProblemWriter;
import cn.gov.guizhou.ipp.kit.web.RequestSizeLimitFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes a state-changing request that carries an {@code Idempotency-Key} header take effect once.
 *
 * <p>The request runs inside one database transaction that first claims the key for the caller
 * ({@code insert ... on conflict do nothing}). The service's own transaction joins it, so the
 * effect, its events, its audit record and the stored response commit together or not at all. A
 * second request with the key waits for the first to commit (the unique index makes it wait), then
 * gets the stored response replayed with {@code Idempotent-Replayed: true}; with another method,
 * path or body it gets 422. A refused request (4xx/5xx) stores nothing and changes nothing, so it
 * can be retried with the same key.
 *
 * <p>A file upload ({@code multipart/form-data}) is not buffered in memory: the servlet container
 * parses its parts within its multipart limits (spooling files to disk), the fingerprint is taken
 * over each part's name, file name, content type and content, and the request goes on with the
 * parts already parsed. An upload past the limits is refused as {@code payload-too-large}.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED = "Idempotent-Replayed";
  private static final Set<String> COMMANDS = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final int MAX_KEY_LENGTH = 200;

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final long maxBodyBytes;

  public IdempotencyFilter(JdbcClient jdbc, TransactionTemplate transactions, long maxBodyBytes) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getHeader(HEADER) == null || !COMMANDS.contains(request.getMethod());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = request.getHeader(HEADER).strip();
    if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
      ProblemWriter.write(
          request,
          response,
          ProblemKind.MALFORMED_REQUEST,
          HEADER + " must be 1 to " + MAX_KEY_LENGTH + " characters");
      return;
    }
    HttpServletRequest forwarded;
    String fingerprint;
    if (RequestSizeLimitFilter.isMultipart(request)) {
      try {
        fingerprint = fingerprint(request, request.getParts());
      } catch (IllegalStateException | IOException | ServletException e) {
        // The container refuses parts past its multipart limits, or a body it cannot parse.
        ProblemWriter.write(
            request,
            response,
            sizeExceeded(e) ? ProblemKind.PAYLOAD_TOO_LARGE : ProblemKind.MALFORMED_REQUEST,
            "the upload could not be read: " + e.getMessage());
        return;
      }
      forwarded = request;
    } else {
      byte[] body = request.getInputStream().readNBytes((int) maxBodyBytes + 1);
      if (body.length > maxBodyBytes) {
        ProblemWriter.write(
            request,
            response,
            ProblemKind.PAYLOAD_TOO_LARGE,
            "the request body exceeds " + maxBodyBytes + " bytes");
        return;
      }
      fingerprint = fingerprint(request, body);
      forwarded = new CachedBodyRequest(request, body);
    }
    String owner = owner();
    ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
    Optional<StoredResponse> earlier;
    try {
      earlier =
          transactions.execute(
              status -> {
                int claimed =
                    jdbc.sql(
                            """
                            insert into idempotency_record (owner, idempotency_key, request_hash, created_at)
                            values (:owner, :key, :hash, now())
                            on conflict (owner, idempotency_key) do nothing
                            """)
                        .param("owner", owner)
                        .param("key", key)
                        .param("hash", fingerprint)
                        .update();
                if (claimed == 0) {
                  return Optional.of(stored(owner, key));
                }
                run(chain, forwarded, captured);
                if (captured.getStatus() >= 400) {
                  status.setRollbackOnly();
                } else {
                  store(owner, key, captured);
                }
                return Optional.<StoredResponse>empty();
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (ServletExceptionCarrier e) {
      throw e.servletException;
    }
    if (earlier != null && earlier.isPresent()) {
      replay(request, response, earlier.get(), fingerprint);
      return;
    }
    captured.copyBodyToResponse();
  }

  private void run(FilterChain chain, HttpServletRequest request, HttpServletResponse response) {
    try {
      chain.doFilter(request, response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ServletException e) {
      throw new ServletExceptionCarrier(e);
    }
  }

  private void store(String owner, String key, ContentCachingResponseWrapper response) {
    jdbc.sql(
            """
            update idempotency_record
            set response_status = :status, response_content_type = :type,
                response_location = :location, response_body = :body
            where owner = :owner and idempotency_key = :key
            """)
        .param("status", response.getStatus())
        .param("type", response.getContentType())
        .param("location", response.getHeader("Location"))
        .param("body", response.getContentAsByteArray())
        .param("owner", owner)
        .param("key", key)
        .update();
  }

  private StoredResponse stored(String owner, String key) {
    return jdbc.sql(
            """
            select request_hash, response_status, response_content_type, response_location,
                   response_body
            from idempotency_record where owner = :owner and idempotency_key = :key
            """)
        .param("owner", owner)
        .param("key", key)
        .query(
            (rs, i) ->
                new StoredResponse(
                    rs.getString("request_hash"),
                    rs.getInt("response_status"),
                    rs.getString("response_content_type"),
                    rs.getString("response_location"),
                    rs.getBytes("response_body")))
        .single();
  }

  private static void replay(
      HttpServletRequest request,
      HttpServletResponse response,
      StoredResponse stored,
      String fingerprint)
      throws IOException {
    if (!stored.requestHash().equals(fingerprint)) {
      ProblemWriter.write(
          request,
          response,
          ProblemKind.IDEMPOTENCY_KEY_REUSED,
          "this " + HEADER + " was used for a different request");
      return;
    }
    response.setStatus(stored.status());
    if (stored.contentType() != null) {
      response.setContentType(stored.contentType());
    }
    if (stored.location() != null) {
      response.setHeader("Location", stored.location());
    }
    response.setHeader(REPLAYED, "true");
    if (stored.body() != null) {
      response.getOutputStream().write(stored.body());
    }
  }

  private static String owner() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null ? "anonymous" : authentication.getName();
  }

  private static String fingerprint(HttpServletRequest request, byte[] body) {
    MessageDigest digest = requestDigest(request);
    digest.update(body);
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Over each part in order: its name, file name and content type, then its content. */
  private static String fingerprint(HttpServletRequest request, Collection<Part> parts)
      throws IOException {
    MessageDigest digest = requestDigest(request);
    byte[] buffer = new byte[8192];
    for (Part part : parts) {
      for (String text :
          new String[] {part.getName(), part.getSubmittedFileName(), part.getContentType()}) {
        digest.update(String.valueOf(text).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      digest.update(Long.toString(part.getSize()).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) '\n');
      try (InputStream in = part.getInputStream()) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          digest.update(buffer, 0, n);
        }
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest requestDigest(HttpServletRequest request) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(request.getMethod().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) ' ');
      digest.update(request.getRequestURI().getBytes(StandardCharsets.UTF_8));
      if (request.getQueryString() != null) {
        digest.update((byte) '?');
        digest.update(request.getQueryString().getBytes(StandardCharsets.UTF_8));
      }
      digest.update((byte) '\n');
      return digest;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether the container refused the parts for their size (its messages say so). */
  private static boolean sizeExceeded(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
      if (message.contains("exceed") || t.getClass().getSimpleName().contains("SizeLimit")) {
        return true;
      }
    }
    return false;
  }

  private record StoredResponse(
      String requestHash, int status, String contentType, String location, byte[] body) {}

  /** Carries a servlet exception through the transaction callback. */
  private static final class ServletExceptionCarrier extends RuntimeException {
    private final ServletException servletException;

    private ServletExceptionCarrier(ServletException e) {
      super(e);
      this.servletException = e;
    }
  }

  /** The request with its body read once and served again from memory. */
  private static final class CachedBodyRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    private CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("the buffered request body supports blocking reads only");
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
