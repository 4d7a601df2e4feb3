package cn.gov.guizhou.ipp.monitoring.projects.messaging;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.Topics;
import cn.gov.guizhou.ipp.kit.events.EventInbox;
import cn.gov.guizhou.ipp.monitoring.projects.MonitoredProjects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Starts monitoring an awarded project and ends it when its acceptance is concluded. */
@Component
public class AwardEventsListener {

  private final EventInbox inbox;
  private final MonitoredProjects projects;

  public AwardEventsListener(EventInbox inbox, MonitoredProjects projects) {
    this.inbox = inbox;
    this.projects = projects;
  }

  @KafkaListener(topics = Topics.REVIEW_AWARDS)
  public void on(ConsumerRecord<String, byte[]> record) {
    if (!inbox.handle(record, EventCatalogue.AWARD_DECIDED, projects::onAward)) {
      inbox.handle(record, EventCatalogue.ACCEPTANCE_CONCLUDED, projects::onAcceptance);
    }
  }
}
