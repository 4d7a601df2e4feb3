package cn.gov.guizhou.ipp.applicant.application.messaging;

import cn.gov.guizhou.ipp.applicant.application.StatusReports;
import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.Topics;
import cn.gov.guizhou.ipp.kit.events.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Follows applications through the steps review, funding and monitoring report. */
@Component
public class StatusReportListener {

  private final EventInbox inbox;
  private final StatusReports reports;

  public StatusReportListener(EventInbox inbox, StatusReports reports) {
    this.inbox = inbox;
    this.reports = reports;
  }

  @KafkaListener(topics = Topics.APPLICATION_PROGRESS)
  public void on(ConsumerRecord<String, byte[]> record) {
    inbox.handle(record, EventCatalogue.APPLICATION_STATUS_REPORTED, reports::apply);
  }
}
