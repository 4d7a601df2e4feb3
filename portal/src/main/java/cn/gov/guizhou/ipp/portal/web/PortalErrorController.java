package cn.gov.guizhou.ipp.portal.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors the servlet container reports (an unknown page, a request refused before it reached a
 * page): a page for browsers, and for any other client an RFC 9457 problem like the API's.
 */
@Controller
class PortalErrorController implements ErrorController {

  @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
  String page(HttpServletRequest request, HttpServletResponse response, Model model) {
    int status = status(request);
    response.setStatus(status);
    model.addAttribute("status", status);
    return "error";
  }

  @RequestMapping("/error")
  ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
    HttpStatus status = HttpStatus.resolve(status(request));
    HttpStatus shown = status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    ProblemDetail problem = ProblemDetail.forStatus(shown);
    problem.setTitle(shown.getReasonPhrase());
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (uri != null) {
      problem.setInstance(URI.create(uri.toString()));
    }
    return ResponseEntity.status(shown)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static int status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    return code instanceof Integer i ? i : 500;
  }
}
