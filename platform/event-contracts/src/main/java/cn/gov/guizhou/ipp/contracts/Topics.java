package cn.gov.guizhou.ipp.contracts;

/** Kafka topic names. Each topic carries the events of one producer's aggregate. */
public final class Topics {

  /**
   * Organisations registered and changed in applicant-service, and their credit checks; key: the
   * organisation id.
   */
  public static final String APPLICANT_ORGANISATIONS = "ipp.applicant.organisations";

  /** Calls and their rule versions, published by program-service; key: the call's year. */
  public static final String PROGRAM_CALLS = "ipp.program.calls";

  /**
   * Applications drafted, submitted and withdrawn in applicant-service; key: the application id.
   */
  public static final String APPLICANT_APPLICATIONS = "ipp.applicant.applications";

  /**
   * How submitted applications move on, reported by review-service, funding-service and
   * monitoring-service; key: the application id.
   */
  public static final String APPLICATION_PROGRESS = "ipp.application.progress";

  /**
   * The bureau's award decisions and the evaluations and acceptance of funded projects, published
   * by review-service; key: the application id.
   */
  public static final String REVIEW_AWARDS = "ipp.review.awards";

  /**
   * Payments and recovery orders, and securitisation claims' reservations and refusals, published
   * by funding-service; key: the grant (application) or securitisation claim id.
   */
  public static final String FUNDING_PAYMENTS = "ipp.funding.payments";

  /** Expenditure recorded by funded units, published by funding-service; key: the grant id. */
  public static final String FUNDING_EXPENDITURES = "ipp.funding.expenditures";

  /** Risk alerts of monitored projects, published by monitoring-service; key: the grant id. */
  public static final String MONITORING_ALERTS = "ipp.monitoring.alerts";

  private Topics() {}
}
