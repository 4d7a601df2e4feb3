package cn.gov.guizhou.ipp.monitoring.projects.messaging;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.Topics;
import cn.gov.guizhou.ipp.kit.events.EventInbox;
import cn.gov.guizhou.ipp.monitoring.projects.MonitoredProjects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps which tracks each call monitors. */
@Component
public class CallEventsListener {

  private final EventInbox inbox;
  private final MonitoredProjects projects;

  public CallEventsListener(EventInbox inbox, MonitoredProjects projects) {
    this.inbox = inbox;
    this.projects = projects;
  }

  @KafkaListener(topics = Topics.PROGRAM_CALLS)
  public void on(ConsumerRecord<String, byte[]> record) {
    inbox.handle(record, EventCatalogue.CALL_PUBLISHED, projects::onCallPublished);
  }
}
