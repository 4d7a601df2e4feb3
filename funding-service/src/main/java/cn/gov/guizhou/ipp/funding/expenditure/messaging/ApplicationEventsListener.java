package cn.gov.guizhou.ipp.funding.expenditure.messaging;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.Topics;
import cn.gov.guizhou.ipp.funding.expenditure.Expenditures;
import cn.gov.guizhou.ipp.kit.events.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps each submitted application's budget, the categories its grant will spend against. */
@Component
public class ApplicationEventsListener {

  private final EventInbox inbox;
  private final Expenditures expenditures;

  public ApplicationEventsListener(EventInbox inbox, Expenditures expenditures) {
    this.inbox = inbox;
    this.expenditures = expenditures;
  }

  @KafkaListener(topics = Topics.APPLICANT_APPLICATIONS)
  public void on(ConsumerRecord<String, byte[]> record) {
    inbox.handle(record, EventCatalogue.APPLICATION_SUBMITTED, expenditures::onSubmitted);
  }
}
