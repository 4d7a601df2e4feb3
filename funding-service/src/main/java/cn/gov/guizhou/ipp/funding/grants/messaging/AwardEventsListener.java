package cn.gov.guizhou.ipp.funding.grants.messaging;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.Topics;
import cn.gov.guizhou.ipp.funding.grants.Grants;
import cn.gov.guizhou.ipp.kit.events.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Opens grants from review-service's awards and releases tranches on its evaluations, once. */
@Component
public class AwardEventsListener {

  private final EventInbox inbox;
  private final Grants grants;

  public AwardEventsListener(EventInbox inbox, Grants grants) {
    this.inbox = inbox;
    this.grants = grants;
  }

  @KafkaListener(topics = Topics.REVIEW_AWARDS)
  public void on(ConsumerRecord<String, byte[]> record) {
    if (!inbox.handle(record, EventCatalogue.AWARD_DECIDED, grants::onAward)) {
      inbox.handle(record, EventCatalogue.EVALUATION_CONCLUDED, grants::onEvaluation);
    }
  }
}
