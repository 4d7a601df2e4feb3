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

  private Topics() {}
}
