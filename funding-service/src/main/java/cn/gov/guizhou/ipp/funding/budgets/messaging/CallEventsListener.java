package cn.gov.guizhou.ipp.funding.budgets.messaging;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.Topics;
import cn.gov.guizhou.ipp.funding.budgets.FundingTracks;
import cn.gov.guizhou.ipp.kit.events.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the tracks' funding rules and budgets from program-service's events. */
@Component
public class CallEventsListener {

  private final EventInbox inbox;
  private final FundingTracks tracks;

  public CallEventsListener(EventInbox inbox, FundingTracks tracks) {
    this.inbox = inbox;
    this.tracks = tracks;
  }

  @KafkaListener(topics = Topics.PROGRAM_CALLS)
  public void on(ConsumerRecord<String, byte[]> record) {
    inbox.handle(record, EventCatalogue.CALL_PUBLISHED, tracks::record);
  }
}
