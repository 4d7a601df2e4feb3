package cn.gov.guizhou.ipp.contracts;

/** A payload published for other services. Its aggregate id is the Kafka key. */
public interface IntegrationEvent {

  /** The id of the aggregate that changed; events of one aggregate stay ordered. */
  String aggregateId();
}
