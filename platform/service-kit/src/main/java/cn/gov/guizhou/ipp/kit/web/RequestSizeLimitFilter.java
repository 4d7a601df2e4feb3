package cn.gov.guizhou.ipp.kit.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses a request whose declared body is larger than the limit with a 413 problem. */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

  private final long maxBodyBytes;

  public RequestSizeLimitFilter(long maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBodyBytes) {
      ProblemWriter.write(
          request,
          response,
          ProblemKind.PAYLOAD_TOO_LARGE,
          "the request body exceeds " + maxBodyBytes + " bytes");
      return;
    }
    chain.doFilter(request, response);
  }
}
