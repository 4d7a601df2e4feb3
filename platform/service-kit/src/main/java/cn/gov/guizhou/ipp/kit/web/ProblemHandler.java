package cn.gov.guizhou.ipp.kit.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Turns every refusal into an RFC 9457 problem with a stable type. */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(ProblemHandler.class);

  /** Problem property holding the offending fields. */
  public static final String ERRORS = "errors";

  /** Problem property naming a refusal (409) with a stable code. */
  public static final String CODE = "code";

  /** Problem property holding the specific, technical reason (English). */
  public static final String REASON = "reason";

  /**
   * A problem of the given kind: title and detail in the caller's language, the specific reason
   * alongside.
   */
  static ProblemDetail problem(ProblemKind kind, String reason) {
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(kind.status(), kind.detail(locale));
    problem.setType(kind.type());
    problem.setTitle(kind.title(locale));
    if (reason != null) {
      problem.setProperty(REASON, reason);
    }
    return problem;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(ProblemKind.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    ProblemDetail problem = problem(ProblemKind.CONFLICT, e.getMessage());
    if (e.code() != null) {
      problem.setProperty(CODE, e.code());
    }
    return problem;
  }

  @ExceptionHandler(DependencyUnavailableException.class)
  ProblemDetail unavailable(DependencyUnavailableException e) {
    log.warn("Request refused: {}", e.getMessage());
    return problem(ProblemKind.DEPENDENCY_UNAVAILABLE, e.getMessage());
  }

  /**
   * The service's own database cannot be reached or is overloaded: a fast 503 with {@code
   * Retry-After}, nothing changed, rather than a hang or a 500.
   */
  @ExceptionHandler({
    org.springframework.transaction.CannotCreateTransactionException.class,
    org.springframework.dao.DataAccessResourceFailureException.class,
    org.springframework.dao.TransientDataAccessException.class
  })
  org.springframework.http.ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
    log.warn("Request refused, the database is unavailable: {}", e.toString());
    ProblemDetail problem = problem(ProblemKind.DEPENDENCY_UNAVAILABLE, DatabaseUnavailable.REASON);
    return org.springframework.http.ResponseEntity.status(problem.getStatus())
        .header(
            org.springframework.http.HttpHeaders.RETRY_AFTER,
            DatabaseUnavailable.RETRY_AFTER_SECONDS)
        .body(problem);
  }

  /** Problem property: whether asking again later may succeed. */
  public static final String RETRYABLE = "retryable";

  /** Seconds a client should wait before retrying a check the registry could not answer. */
  static final String CREDIT_RETRY_AFTER_SECONDS = "30";

  /**
   * A credit check that is not CLEAR: the unit is told which registry, which record types or why it
   * could not be consulted, and whether to try again.
   */
  @ExceptionHandler(CreditNotClearException.class)
  ResponseEntity<ProblemDetail> creditNotClear(CreditNotClearException e) {
    log.warn("Request refused: {}", e.getMessage());
    Locale locale = LocaleContextHolder.getLocale();
    CreditNotClearException.Refusal refusal = e.refusal();
    ProblemDetail problem = problem(refusal.kind(), e.getMessage());
    problem.setDetail(e.detail(locale));
    problem.setProperty(CODE, refusal.code());
    problem.setProperty(RETRYABLE, refusal.retryable());
    problem.setProperty("creditCode", e.creditCode());
    problem.setProperty("registry", e.registry());
    problem.setProperty(
        "recordTypes",
        e.recordTypes().stream()
            .map(t -> java.util.Map.of("type", t.name(), "zh", t.zh(), "en", t.en()))
            .toList());
    if (e.unavailableReason() != null) {
      problem.setProperty("unavailableReason", e.unavailableReason());
    }
    if (e.checkId() != null) {
      problem.setProperty("checkId", e.checkId());
    }
    ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.getStatus());
    if (refusal.retryable()) {
      response.header(HttpHeaders.RETRY_AFTER, CREDIT_RETRY_AFTER_SECONDS);
    }
    return response.body(problem);
  }

  /** A query parameter out of range (a page of 0, a size past the maximum): a malformed request. */
  @ExceptionHandler(InvalidParameterException.class)
  ProblemDetail invalidParameter(InvalidParameterException e) {
    ProblemDetail problem = problem(ProblemKind.MALFORMED_REQUEST, e.getMessage());
    problem.setProperty(ERRORS, e.violations());
    return problem;
  }

  @ExceptionHandler(InvalidFieldException.class)
  ProblemDetail invalidField(InvalidFieldException e) {
    ProblemDetail problem = problem(ProblemKind.VALIDATION, e.getMessage());
    problem.setProperty(ERRORS, e.violations());
    return problem;
  }

  /** A row the database refuses (a constraint the request broke) is bad input, not a failure. */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ProblemDetail dataIntegrity(DataIntegrityViolationException e) {
    log.warn("Request refused by a database constraint: {}", e.getMostSpecificCause().toString());
    return problem(ProblemKind.VALIDATION, "the data breaks a rule of the record");
  }

  /**
   * Anything unexpected: a problem detail without internals, logged with the trace id. Security
   * refusals pass through to the security handlers (401/403).
   */
  @ExceptionHandler(Exception.class)
  org.springframework.http.ResponseEntity<ProblemDetail> unexpected(Exception e) throws Exception {
    if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
      throw e;
    }
    if (DatabaseUnavailable.is(e)) {
      // A connection cut while in use: the failed rollback hides the cause, not the answer.
      return databaseUnavailable(e);
    }
    log.error("Request failed", e);
    ProblemDetail problem = problem(ProblemKind.INTERNAL_ERROR, null);
    String traceId = cn.gov.guizhou.ipp.kit.audit.Correlation.currentId();
    if (traceId != null) {
      problem.setProperty("traceId", traceId);
    }
    return org.springframework.http.ResponseEntity.status(problem.getStatus()).body(problem);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    ProblemDetail problem =
        problem(ProblemKind.MALFORMED_REQUEST, "parameter '" + e.getName() + "' has a wrong type");
    Class<?> type = e.getRequiredType();
    String message =
        type != null && type.isEnum()
            ? "is not one of the allowed values: "
                + Arrays.stream(type.getEnumConstants())
                    .map(value -> ((Enum<?>) value).name())
                    .collect(java.util.stream.Collectors.joining(", "))
            : "has a wrong type or format";
    problem.setProperty(ERRORS, List.of(new FieldViolation(e.getName(), message)));
    return problem;
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldViolation> violations =
        e.getBindingResult().getFieldErrors().stream()
            .map(f -> new FieldViolation(f.getField(), message(f)))
            .toList();
    ProblemDetail problem =
        problem(ProblemKind.VALIDATION, violations.size() + " field(s) are not valid");
    problem.setProperty(ERRORS, violations);
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldViolation> violations =
        e.getParameterValidationResults().stream()
            .flatMap(
                r ->
                    r.getResolvableErrors().stream()
                        .map(
                            err ->
                                new FieldViolation(
                                    // A field of a validated body is named as the body's field.
                                    err instanceof org.springframework.validation.FieldError field
                                        ? field.getField()
                                        : r.getMethodParameter().getParameterName(),
                                    message(r, err))))
            .toList();
    ProblemDetail problem =
        problem(ProblemKind.VALIDATION, violations.size() + " parameter(s) are not valid");
    problem.setProperty(ERRORS, violations);
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  /**
   * The message of a violation; a pattern that is a list of codes ({@code DEFAULT|OVERDUE}) is an
   * enumeration, and its message lists the allowed values.
   */
  static String message(org.springframework.context.MessageSourceResolvable error) {
    if (error instanceof org.springframework.validation.ObjectError object
        && object.contains(jakarta.validation.ConstraintViolation.class)) {
      Object regexp =
          object
              .unwrap(jakarta.validation.ConstraintViolation.class)
              .getConstraintDescriptor()
              .getAttributes()
              .get("regexp");
      if (regexp instanceof String pattern && ENUMERATION.matcher(pattern).matches()) {
        return "is not one of the allowed values: " + String.join(", ", pattern.split("\\|"));
      }
    }
    return error.getDefaultMessage();
  }

  /**
   * The message of a parameter's violation (a query parameter's {@code @Pattern} enumeration lists
   * its allowed values as a body field's does).
   */
  static String message(
      org.springframework.validation.method.ParameterValidationResult result,
      org.springframework.context.MessageSourceResolvable error) {
    if (!(error instanceof org.springframework.validation.ObjectError)) {
      try {
        String allowed =
            allowedValues(result.unwrap(error, jakarta.validation.ConstraintViolation.class));
        if (allowed != null) {
          return allowed;
        }
      } catch (IllegalArgumentException notAViolation) {
        // Not a Bean Validation violation: its own message.
      }
    }
    return message(error);
  }

  /** "is not one of the allowed values: A, B" for a pattern that is a list of codes, else null. */
  static String allowedValues(jakarta.validation.ConstraintViolation<?> violation) {
    Object regexp =
        violation == null
            ? null
            : violation.getConstraintDescriptor().getAttributes().get("regexp");
    return regexp instanceof String pattern && ENUMERATION.matcher(pattern).matches()
        ? "is not one of the allowed values: " + String.join(", ", pattern.split("\\|"))
        : null;
  }

  private static final java.util.regex.Pattern ENUMERATION =
      java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]*(\\|[A-Z][A-Z0-9_]*)+");

  /** An upload past the multipart limits is bad input, like any oversized body. */
  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem =
        problem(ProblemKind.PAYLOAD_TOO_LARGE, "the upload exceeds the allowed size");
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  /** A multipart body that cannot be parsed. */
  @ExceptionHandler(MultipartException.class)
  ProblemDetail multipart(MultipartException e) {
    return problem(ProblemKind.MALFORMED_REQUEST, "the multipart body could not be read");
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    FieldViolation field = UnreadableField.of(e);
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof IllegalArgumentException refusal) {
        // A value object refused a value while the body was read: bad content, not bad JSON.
        InvalidFieldException refused = InvalidFieldException.from(refusal);
        if ("request".equals(refused.field()) && field != null) {
          refused = new InvalidFieldException(field.field(), String.valueOf(refusal.getMessage()));
        }
        ProblemDetail invalid = invalidField(refused);
        return ResponseEntity.status(invalid.getStatus()).body(invalid);
      }
    }
    ProblemDetail problem =
        problem(
            ProblemKind.MALFORMED_REQUEST,
            "the request body is not valid JSON of the expected shape");
    // A body that is no JSON at all (or none) is named as the body itself, a multipart body's
    // JSON part by the part's name.
    problem.setProperty(
        ERRORS,
        java.util.List.of(
            field != null
                ? field
                : new FieldViolation(
                    unreadablePart(e), "is missing or not valid JSON of the expected shape")));
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  /**
   * The name of the multipart part whose content could not be read ({@code claim} of a form), from
   * the part's own Content-Disposition; {@link #BODY} for a request body that is not multipart.
   */
  static String unreadablePart(HttpMessageNotReadableException e) {
    try {
      org.springframework.http.HttpInputMessage input = e.getHttpInputMessage();
      String disposition =
          input == null ? null : input.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
      if (disposition != null) {
        org.springframework.http.ContentDisposition parsed =
            org.springframework.http.ContentDisposition.parse(disposition);
        if (parsed.isFormData() && parsed.getName() != null && !parsed.getName().isBlank()) {
          return parsed.getName();
        }
      }
    } catch (RuntimeException unreadableHeaders) {
      // No part to name: the body as a whole.
    }
    return BODY;
  }

  /**
   * A parameter refused by method validation on a {@code @Validated} controller: named by the last
   * node of its path (the parameter), never a 500.
   */
  @ExceptionHandler(jakarta.validation.ConstraintViolationException.class)
  ProblemDetail constraintViolation(jakarta.validation.ConstraintViolationException e) {
    List<FieldViolation> violations =
        e.getConstraintViolations().stream()
            .map(
                v -> {
                  String name = "request";
                  for (jakarta.validation.Path.Node node : v.getPropertyPath()) {
                    name = node.getName() == null ? name : node.getName();
                  }
                  Object regexp = v.getConstraintDescriptor().getAttributes().get("regexp");
                  String message =
                      regexp instanceof String pattern && ENUMERATION.matcher(pattern).matches()
                          ? "is not one of the allowed values: "
                              + String.join(", ", pattern.split("\\|"))
                          : v.getMessage();
                  return new FieldViolation(name, message);
                })
            .toList();
    ProblemDetail problem =
        problem(ProblemKind.VALIDATION, violations.size() + " parameter(s) are not valid");
    problem.setProperty(ERRORS, violations);
    return problem;
  }

  /** The name a violation gives the request body as a whole. */
  public static final String BODY = "body";

  /** A required query parameter that is missing: named. */
  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      org.springframework.web.bind.MissingServletRequestParameterException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return malformed(
        "parameter '" + e.getParameterName() + "' is required",
        new FieldViolation(e.getParameterName(), "is required"));
  }

  /** A required part of a multipart body that is missing (a file, the JSON part): named. */
  @Override
  protected ResponseEntity<Object> handleMissingServletRequestPart(
      org.springframework.web.multipart.support.MissingServletRequestPartException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return malformed(
        "part '" + e.getRequestPartName() + "' is required",
        new FieldViolation(e.getRequestPartName(), "is required"));
  }

  /** A required header (such as {@code Idempotency-Key}) or path value that is missing: named. */
  @Override
  protected ResponseEntity<Object> handleServletRequestBindingException(
      org.springframework.web.bind.ServletRequestBindingException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String name =
        e instanceof org.springframework.web.bind.MissingRequestHeaderException header
            ? header.getHeaderName()
            : e instanceof org.springframework.web.bind.MissingRequestValueException
                    && e.getDetailMessageArguments() != null
                    && e.getDetailMessageArguments().length > 0
                ? String.valueOf(e.getDetailMessageArguments()[0])
                : "request";
    return malformed(
        "'" + name + "' is required or not readable", new FieldViolation(name, "is required"));
  }

  /** A body of a type the operation does not read: the Content-Type is named, with what is read. */
  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
      org.springframework.web.HttpMediaTypeNotSupportedException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String accepted =
        e.getSupportedMediaTypes().stream()
            .map(Object::toString)
            .collect(java.util.stream.Collectors.joining(", "));
    ProblemDetail problem =
        problem(
            ProblemKind.MALFORMED_REQUEST,
            "the content type "
                + (e.getContentType() == null ? "(none)" : e.getContentType())
                + " is not supported here");
    problem.setStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
    problem.setProperty(
        ERRORS,
        List.of(
            new FieldViolation(
                HttpHeaders.CONTENT_TYPE,
                accepted.isEmpty() ? "is not supported here" : "must be one of: " + accepted)));
    HttpHeaders answer = new HttpHeaders();
    if (!e.getSupportedMediaTypes().isEmpty()) {
      answer.setAccept(e.getSupportedMediaTypes());
    }
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(answer).body(problem);
  }

  /** An unknown path: a problem like every other error. */
  @Override
  protected ResponseEntity<Object> handleNoResourceFoundException(
      org.springframework.web.servlet.resource.NoResourceFoundException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem =
        problem(ProblemKind.NOT_FOUND, "no resource at /" + e.getResourcePath());
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  /**
   * A path value or parameter of the wrong type that Spring reports before the method is chosen.
   */
  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      org.springframework.beans.TypeMismatchException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String name = e.getPropertyName() == null ? "request" : e.getPropertyName();
    return malformed(
        "parameter '" + name + "' has a wrong type",
        new FieldViolation(name, "has a wrong type or format"));
  }

  private static ResponseEntity<Object> malformed(String reason, FieldViolation violation) {
    ProblemDetail problem = problem(ProblemKind.MALFORMED_REQUEST, reason);
    problem.setProperty(ERRORS, List.of(violation));
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }
}
