package cn.gov.guizhou.ipp.kit.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than the limit as bad input (400, type {@code payload-too-large}):
 * at once when the declared length is too large, and while reading when a chunked body grows past
 * it, before anything is written.
 *
 * <p>File uploads ({@code multipart/form-data}) have a limit of their own, larger than that of
 * other bodies; the servlet container's multipart limits ({@code spring.servlet.multipart.*}) bound
 * each file and a chunked upload while the parts are read.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

  private final long maxBodyBytes;
  private final long maxUploadBytes;

  /** The same limit for every body. */
  public RequestSizeLimitFilter(long maxBodyBytes) {
    this(maxBodyBytes, maxBodyBytes);
  }

  /**
   * @param maxBodyBytes the limit of a body that is not a file upload (JSON, ...)
   * @param maxUploadBytes the limit of a {@code multipart/form-data} body
   */
  public RequestSizeLimitFilter(long maxBodyBytes, long maxUploadBytes) {
    this.maxBodyBytes = maxBodyBytes;
    this.maxUploadBytes = maxUploadBytes;
  }

  /** Whether the request is a file upload ({@code multipart/form-data}). */
  public static boolean isMultipart(HttpServletRequest request) {
    String contentType = request.getContentType();
    return contentType != null
        && contentType.strip().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long maxBodyBytes = isMultipart(request) ? maxUploadBytes : this.maxBodyBytes;
    if (request.getContentLengthLong() > maxBodyBytes) {
      ProblemWriter.write(
          request,
          response,
          ProblemKind.PAYLOAD_TOO_LARGE,
          "the request body exceeds " + maxBodyBytes + " bytes");
      return;
    }
    chain.doFilter(new LimitedRequest(request, maxBodyBytes), response);
  }

  /** The request whose body stops being readable past the limit. */
  private static final class LimitedRequest extends HttpServletRequestWrapper {
    private final long limit;

    private LimitedRequest(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      ServletInputStream in = super.getInputStream();
      return new ServletInputStream() {
        private long read;

        @Override
        public int read() throws IOException {
          int b = in.read();
          if (b >= 0) {
            count(1);
          }
          return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int n = in.read(buffer, offset, length);
          if (n > 0) {
            count(n);
          }
          return n;
        }

        private void count(int n) throws IOException {
          read += n;
          if (read > limit) {
            throw new IOException("the request body exceeds " + limit + " bytes");
          }
        }

        @Override
        public boolean isFinished() {
          return in.isFinished();
        }

        @Override
        public boolean isReady() {
          return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
          in.setReadListener(listener);
        }
      };
    }
  }
}
