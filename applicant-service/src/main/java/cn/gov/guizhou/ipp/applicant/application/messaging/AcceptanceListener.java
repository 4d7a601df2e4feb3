package cn.gov.guizhou.ipp.applicant.application.messaging;

import cn.gov.guizhou.ipp.applicant.application.OrganisationBars;
import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.Topics;
import cn.gov.guizhou.ipp.kit.events.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a project's second failed acceptance, as review-service announces it, for the bureau to
 * decide whether to bar the lead unit; nothing is barred automatically.
 */
@Component
public class AcceptanceListener {

  private final EventInbox inbox;
  private final OrganisationBars bars;

  public AcceptanceListener(EventInbox inbox, OrganisationBars bars) {
    this.inbox = inbox;
    this.bars = bars;
  }

  @KafkaListener(topics = Topics.REVIEW_AWARDS)
  public void on(ConsumerRecord<String, byte[]> record) {
    inbox.handle(record, EventCatalogue.ACCEPTANCE_CONCLUDED, bars::recordFinalFailure);
  }
}
