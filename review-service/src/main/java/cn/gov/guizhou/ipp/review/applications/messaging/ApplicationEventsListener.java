package cn.gov.guizhou.ipp.review.applications.messaging;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.Topics;
import cn.gov.guizhou.ipp.kit.events.EventInbox;
import cn.gov.guizhou.ipp.review.applications.ApplicationRegister;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Registers submitted and withdrawn applications from applicant-service's events, each once. */
@Component
public class ApplicationEventsListener {

  private final EventInbox inbox;
  private final ApplicationRegister register;

  public ApplicationEventsListener(EventInbox inbox, ApplicationRegister register) {
    this.inbox = inbox;
    this.register = register;
  }

  @KafkaListener(topics = Topics.APPLICANT_APPLICATIONS)
  public void on(ConsumerRecord<String, byte[]> record) {
    if (!inbox.handle(record, EventCatalogue.APPLICATION_SUBMITTED, register::record)) {
      inbox.handle(record, EventCatalogue.APPLICATION_WITHDRAWN, register::record);
    }
  }
}
