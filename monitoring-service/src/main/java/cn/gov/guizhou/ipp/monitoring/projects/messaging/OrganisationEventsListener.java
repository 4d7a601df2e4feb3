package cn.gov.guizhou.ipp.monitoring.projects.messaging;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.Topics;
import cn.gov.guizhou.ipp.kit.events.EventInbox;
import cn.gov.guizhou.ipp.monitoring.projects.MonitoredProjects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Notes credit records found for funded units. */
@Component
public class OrganisationEventsListener {

  private final EventInbox inbox;
  private final MonitoredProjects projects;

  public OrganisationEventsListener(EventInbox inbox, MonitoredProjects projects) {
    this.inbox = inbox;
    this.projects = projects;
  }

  @KafkaListener(topics = Topics.APPLICANT_ORGANISATIONS)
  public void on(ConsumerRecord<String, byte[]> record) {
    inbox.handle(record, EventCatalogue.CREDIT_CHECK_COMPLETED, projects::onCreditCheck);
  }
}
