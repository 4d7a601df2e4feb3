package cn.gov.guizhou.ipp.review.organisations.messaging;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.Topics;
import cn.gov.guizhou.ipp.kit.events.EventInbox;
import cn.gov.guizhou.ipp.review.organisations.OrganisationDirectory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Learns of organisations from applicant-service's events, each at most once. */
@Component
public class OrganisationEventsListener {

  private final EventInbox inbox;
  private final OrganisationDirectory directory;

  public OrganisationEventsListener(EventInbox inbox, OrganisationDirectory directory) {
    this.inbox = inbox;
    this.directory = directory;
  }

  @KafkaListener(topics = Topics.APPLICANT_ORGANISATIONS)
  public void on(ConsumerRecord<String, byte[]> record) {
    if (!inbox.handle(record, EventCatalogue.ORGANISATION_REGISTERED, directory::record)) {
      inbox.handle(record, EventCatalogue.ORGANISATION_UPDATED, directory::record);
    }
  }
}
