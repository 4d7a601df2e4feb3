package cn.gov.guizhou.ipp.monitoring.projects.messaging;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.Topics;
import cn.gov.guizhou.ipp.kit.events.EventInbox;
import cn.gov.guizhou.ipp.monitoring.projects.MonitoredProjects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps each submitted application's plan and budget. */
@Component
public class ApplicationEventsListener {

  private final EventInbox inbox;
  private final MonitoredProjects projects;

  public ApplicationEventsListener(EventInbox inbox, MonitoredProjects projects) {
    this.inbox = inbox;
    this.projects = projects;
  }

  @KafkaListener(topics = Topics.APPLICANT_APPLICATIONS)
  public void on(ConsumerRecord<String, byte[]> record) {
    inbox.handle(record, EventCatalogue.APPLICATION_SUBMITTED, projects::onSubmitted);
  }
}
