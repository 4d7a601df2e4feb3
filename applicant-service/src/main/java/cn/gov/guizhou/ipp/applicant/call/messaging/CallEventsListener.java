package cn.gov.guizhou.ipp.applicant.call.messaging;

import cn.gov.guizhou.ipp.applicant.call.ReplicatedCalls;
import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.Topics;
import cn.gov.guizhou.ipp.kit.events.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Replicates the calls' rule versions, states and windows from program-service's events. */
@Component
public class CallEventsListener {

  private final EventInbox inbox;
  private final ReplicatedCalls calls;

  public CallEventsListener(EventInbox inbox, ReplicatedCalls calls) {
    this.inbox = inbox;
    this.calls = calls;
  }

  @KafkaListener(topics = Topics.PROGRAM_CALLS)
  public void on(ConsumerRecord<String, byte[]> record) {
    if (!inbox.handle(record, EventCatalogue.CALL_PUBLISHED, calls::record)) {
      inbox.handle(record, EventCatalogue.CALL_STATE_CHANGED, calls::record);
    }
  }
}
