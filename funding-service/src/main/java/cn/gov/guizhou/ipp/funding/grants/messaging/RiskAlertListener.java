package cn.gov.guizhou.ipp.funding.grants.messaging;

import cn.gov.guizhou.ipp.contracts.EventCatalogue;
import cn.gov.guizhou.ipp.contracts.Topics;
import cn.gov.guizhou.ipp.funding.grants.GrantHolds;
import cn.gov.guizhou.ipp.kit.events.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Holds grants on monitoring-service's RED risk alerts, once each. */
@Component
public class RiskAlertListener {

  private final EventInbox inbox;
  private final GrantHolds holds;

  public RiskAlertListener(EventInbox inbox, GrantHolds holds) {
    this.inbox = inbox;
    this.holds = holds;
  }

  @KafkaListener(topics = Topics.MONITORING_ALERTS)
  public void on(ConsumerRecord<String, byte[]> record) {
    inbox.handle(record, EventCatalogue.RISK_ALERT_CHANGED, holds::onRiskAlert);
  }
}
