package cn.gov.guizhou.ipp.monitoring.organisations.web;

import cn.gov.guizhou.ipp.kit.web.ProblemKind;
import cn.gov.guizhou.ipp.monitoring.organisations.MembershipUnknownException;
import java.net.URI;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A membership that could not be confirmed is a temporary unavailability (503), never a yes. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class MembershipUnknownAdvice {

  @ExceptionHandler(MembershipUnknownException.class)
  ProblemDetail unknown(MembershipUnknownException e, Locale locale) {
    boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.SERVICE_UNAVAILABLE,
            english ? e.getMessage() : "申报服务暂时无法确认调用方的单位成员身份，请稍后重试");
    problem.setType(URI.create(ProblemKind.TYPE_BASE + "dependency-unavailable"));
    problem.setTitle(english ? "A platform service is unavailable" : "平台服务暂不可用");
    return problem;
  }
}
