package cn.gov.guizhou.ipp.contracts;

/** Kafka topic names. Each topic carries the events of one producer's aggregate. */
public final class Topics {

  /** Organisations registered and changed in applicant-service; key: the organisation id. */
  public static final String APPLICANT_ORGANISATIONS = "ipp.applicant.organisations";

  private Topics() {}
}
