package cn.gov.guizhou.ipp.funding.organisations.web;

import cn.gov.guizhou.ipp.funding.organisations.ApplicantServiceUnavailableException;
import cn.gov.guizhou.ipp.kit.web.ProblemKind;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A question applicant-service could not answer is a 503 problem: try again later. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApplicantServiceUnavailableHandler {

  @ExceptionHandler(ApplicantServiceUnavailableException.class)
  ProblemDetail unavailable(ApplicantServiceUnavailableException e) {
    boolean english =
        Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.SERVICE_UNAVAILABLE,
            english
                ? "A service the request depends on did not answer; nothing was changed. Try again later."
                : "请求所依赖的服务暂时无法应答，未作任何修改；请稍后重试。");
    problem.setType(URI.create(ProblemKind.TYPE_BASE + "service-unavailable"));
    problem.setTitle(english ? "Service unavailable" : "服务暂不可用");
    problem.setProperty("reason", e.getMessage());
    return problem;
  }
}
