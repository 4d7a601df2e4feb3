package cn.gov.guizhou.ipp.review.applications.messaging;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.Topics;
import cn.gov.guizhou.ipp.kit.events.EventInbox;
import cn.gov.guizhou.ipp.review.applications.ApplicationRegister;
import cn.gov.guizhou.ipp.review.formalcheck.FormalChecks;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Registers submitted applications, opening each one's formal check, and withdrawals, from
 * applicant-service's events, each once.
 */
@Component
public class ApplicationEventsListener {

  private final EventInbox inbox;
  private final ApplicationRegister register;
  private final FormalChecks formalChecks;

  public ApplicationEventsListener(
      EventInbox inbox, ApplicationRegister register, FormalChecks formalChecks) {
    this.inbox = inbox;
    this.register = register;
    this.formalChecks = formalChecks;
  }

  @KafkaListener(topics = Topics.APPLICANT_APPLICATIONS)
  public void on(ConsumerRecord<String, byte[]> record) {
    boolean submitted =
        inbox.handle(
            record,
            EventCatalogue.APPLICATION_SUBMITTED,
            event -> {
              if (register.record(event)) {
                formalChecks.open(event);
              }
            });
    if (!submitted) {
      inbox.handle(record, EventCatalogue.APPLICATION_WITHDRAWN, register::record);
    }
  }
}
