package cn.gov.guizhou.ipp.review.catalogue.messaging;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.Topics;
import cn.gov.guizhou.ipp.kit.events.EventInbox;
import cn.gov.guizhou.ipp.review.catalogue.ReviewTracks;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps every published version of the calls' tracks. */
@Component
public class CallEventsListener {

  private final EventInbox inbox;
  private final ReviewTracks tracks;

  public CallEventsListener(EventInbox inbox, ReviewTracks tracks) {
    this.inbox = inbox;
    this.tracks = tracks;
  }

  @KafkaListener(topics = Topics.PROGRAM_CALLS)
  public void on(ConsumerRecord<String, byte[]> record) {
    inbox.handle(record, EventCatalogue.CALL_PUBLISHED, tracks::record);
  }
}
