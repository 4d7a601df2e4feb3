package cn.gov.guizhou.ipp.funding.grants.messaging;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.Topics;
import cn.gov.guizhou.ipp.funding.grants.Grants;
import cn.gov.guizhou.ipp.funding.recoveries.Recoveries;
import cn.gov.guizhou.ipp.kit.events.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Opens grants from review-service's awards, releases tranches on its evaluations and recovers
 * unused funds after a final acceptance failure, each event once.
 */
@Component
public class AwardEventsListener {

  private final EventInbox inbox;
  private final Grants grants;
  private final Recoveries recoveries;

  public AwardEventsListener(EventInbox inbox, Grants grants, Recoveries recoveries) {
    this.inbox = inbox;
    this.grants = grants;
    this.recoveries = recoveries;
  }

  @KafkaListener(topics = Topics.REVIEW_AWARDS)
  public void on(ConsumerRecord<String, byte[]> record) {
    boolean handled =
        inbox.handle(record, EventCatalogue.AWARD_DECIDED, grants::onAward)
            || inbox.handle(record, EventCatalogue.EVALUATION_CONCLUDED, grants::onEvaluation);
    if (!handled) {
      inbox.handle(record, EventCatalogue.ACCEPTANCE_CONCLUDED, recoveries::onAcceptance);
    }
  }
}
