package cn.gov.guizhou.ipp.kit.idempotency;

import cn.gov.guizhou.ipp.kit.web.DatabaseUnavailable;
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
import java.time.Duration;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes a state-changing request that carries an {@code Idempotency-Key} header take effect once.
 *
 * <p>The key is first claimed for the caller in a short transaction of its own. The request then
 * runs inside one database transaction that the service's own transaction joins, so the effect, its
 * events, its audit record and the stored response commit together or not at all. A second request
 * with the key never waits on a lock while holding a pooled connection: it finds the first one's
 * outcome and gets it replayed with {@code Idempotent-Replayed: true} (with another method, path or
 * body: 422), or, while the first is still running, looks again for up to ten seconds and then gets
 * 409 {@code idempotency-request-in-progress} with {@code Retry-After}. A refused request (4xx/5xx)
 * stores nothing and changes nothing, and gives the key up, so it can be retried with the same key.
 * A claim whose request died without an outcome is taken over after two minutes.
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

  /** How long a second request with a key waits for the first one's outcome before 409. */
  private static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(10);

  /** Between two looks at the first request's outcome: from 20 ms, doubling up to 250 ms. */
  private static final long FIRST_POLL_MILLIS = 20;

  private static final long MAX_POLL_MILLIS = 250;

  /** A claim without an outcome this old belongs to a request that died; another may take it. */
  private static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

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
    UUID token = UUID.randomUUID();
    Optional<StoredResponse> earlier;
    try {
      earlier = claim(owner, key, fingerprint, token);
    } catch (InProgressException e) {
      response.setHeader(HttpHeaders.RETRY_AFTER, "1");
      ProblemWriter.write(
          request,
          response,
          ProblemKind.IDEMPOTENCY_REQUEST_IN_PROGRESS,
          "a request with this " + HEADER + " is still being processed");
      return;
    } catch (RuntimeException e) {
      if (!DatabaseUnavailable.is(e)) {
        throw e;
      }
      // Nothing was claimed: the key stays free for the client's retry.
      DatabaseUnavailable.write(request, response);
      return;
    }
    if (earlier.isPresent()) {
      replay(request, response, earlier.get(), fingerprint);
      return;
    }
    ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
    boolean stored;
    boolean[] claimLost = {false};
    try {
      stored =
          Boolean.TRUE.equals(
              transactions.execute(
                  status -> {
                    run(chain, forwarded, captured);
                    if (captured.getStatus() >= 400) {
                      status.setRollbackOnly();
                      return false;
                    }
                    if (!store(owner, key, token, captured)) {
                      // Another request took the key over: this one's effect must not stand.
                      claimLost[0] = true;
                      status.setRollbackOnly();
                      return false;
                    }
                    return true;
                  }));
    } catch (UncheckedIOException e) {
      release(owner, key, token);
      throw e.getCause();
    } catch (ServletExceptionCarrier e) {
      release(owner, key, token);
      throw e.servletException;
    } catch (RuntimeException e) {
      if (!DatabaseUnavailable.is(e)) {
        release(owner, key, token);
        throw e;
      }
      // The request's transaction could not begin or commit: nothing of it stands. The claim is
      // given up if the database answers again, else taken over once it is abandoned.
      releaseIfPossible(owner, key, token);
      captured.reset();
      DatabaseUnavailable.write(request, captured);
      captured.copyBodyToResponse();
      return;
    }
    if (!stored) {
      // A refused request stores nothing and changes nothing: the key can be used again.
      releaseIfPossible(owner, key, token);
    }
    if (claimLost[0]) {
      // This request ran longer than a claim lasts and another took the key: nothing of it
      // committed, so it must not answer as if it had.
      response.reset();
      response.setHeader(HttpHeaders.RETRY_AFTER, "1");
      ProblemWriter.write(
          request,
          response,
          ProblemKind.IDEMPOTENCY_REQUEST_IN_PROGRESS,
          "another request with this " + HEADER + " took it over; nothing was changed");
      return;
    }
    captured.copyBodyToResponse();
  }

  /**
   * Claims the key for this request, each step in a short transaction of its own. Returns the
   * earlier outcome when the key was used before; waits a little, without holding a connection,
   * while another request with the key is still running, and then gives up with {@link
   * InProgressException}.
   */
  private Optional<StoredResponse> claim(String owner, String key, String fingerprint, UUID token) {
    long deadline = System.nanoTime() + WAIT_FOR_FIRST.toNanos();
    long pause = FIRST_POLL_MILLIS;
    while (true) {
      Integer claimed =
          transactions.execute(
              status ->
                  jdbc.sql(
                          """
                          insert into idempotency_record
                              (owner, idempotency_key, request_hash, created_at, claim_token)
                          values (:owner, :key, :hash, now(), :token)
                          on conflict (owner, idempotency_key) do update
                             set request_hash = excluded.request_hash,
                                 created_at = excluded.created_at,
                                 claim_token = excluded.claim_token
                           where idempotency_record.response_status is null
                             and idempotency_record.created_at < now() - cast(:lease as interval)
                          """)
                      .param("owner", owner)
                      .param("key", key)
                      .param("hash", fingerprint)
                      .param("token", token)
                      .param("lease", ABANDONED_AFTER.toSeconds() + " seconds")
                      .update());
      if (claimed != null && claimed > 0) {
        return Optional.empty();
      }
      Optional<StoredResponse> stored = stored(owner, key);
      if (stored.isPresent() && stored.get().status() > 0) {
        return stored;
      }
      if (stored.isPresent() && !stored.get().requestHash().equals(fingerprint)) {
        return stored;
      }
      if (System.nanoTime() > deadline) {
        throw new InProgressException();
      }
      try {
        Thread.sleep(pause);
        pause = Math.min(MAX_POLL_MILLIS, pause * 2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InProgressException();
      }
    }
  }

  /** Gives the key up again, if this request still holds it and stored no outcome. */
  private void release(String owner, String key, UUID token) {
    transactions.executeWithoutResult(
        status ->
            jdbc.sql(
                    """
                    delete from idempotency_record
                     where owner = :owner and idempotency_key = :key and claim_token = :token
                       and response_status is null
                    """)
                .param("owner", owner)
                .param("key", key)
                .param("token", token)
                .update());
  }

  private void releaseIfPossible(String owner, String key, UUID token) {
    try {
      release(owner, key, token);
    } catch (RuntimeException e) {
      if (!DatabaseUnavailable.is(e)) {
        throw e;
      }
    }
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

  private boolean store(
      String owner, String key, UUID token, ContentCachingResponseWrapper response) {
    return jdbc.sql(
                """
            update idempotency_record
            set response_status = :status, response_content_type = :type,
                response_location = :location, response_body = :body
            where owner = :owner and idempotency_key = :key and claim_token = :token
            """)
            .param("status", response.getStatus())
            .param("type", response.getContentType())
            .param("location", response.getHeader("Location"))
            .param("body", response.getContentAsByteArray())
            .param("owner", owner)
            .param("key", key)
            .param("token", token)
            .update()
        == 1;
  }

  private Optional<StoredResponse> stored(String owner, String key) {
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
                    rs.getInt("response_status"), // 0 while the first request runs
                    rs.getString("response_content_type"),
                    rs.getString("response_location"),
                    rs.getBytes("response_body")))
        .optional();
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

  /** Another request with the key is still running. */
  private static final class InProgressException extends RuntimeException {
    private InProgressException() {
      super(null, null, false, false);
    }
  }

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
