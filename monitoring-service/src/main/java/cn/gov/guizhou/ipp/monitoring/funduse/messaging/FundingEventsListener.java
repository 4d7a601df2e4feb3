package cn.gov.guizhou.ipp.monitoring.funduse.messaging;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.Topics;
import cn.gov.guizhou.ipp.kit.events.EventInbox;
import cn.gov.guizhou.ipp.monitoring.funduse.FundUse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The tranches funding-service pays and the expenditure funded units record. Recovery orders, on
 * the payments topic too, are not fund-use supervision's business and are skipped.
 */
@Component
public class FundingEventsListener {

  private final EventInbox inbox;
  private final FundUse fundUse;

  public FundingEventsListener(EventInbox inbox, FundUse fundUse) {
    this.inbox = inbox;
    this.fundUse = fundUse;
  }

  @KafkaListener(topics = Topics.FUNDING_PAYMENTS)
  public void onPayment(ConsumerRecord<String, byte[]> record) {
    inbox.handle(record, EventCatalogue.FUNDS_DISBURSED, fundUse::onDisbursed);
  }

  @KafkaListener(topics = Topics.FUNDING_EXPENDITURES)
  public void onExpenditure(ConsumerRecord<String, byte[]> record) {
    inbox.handle(record, EventCatalogue.EXPENDITURE_RECORDED, fundUse::onExpenditure);
  }
}
