package cn.gov.guizhou.ipp.monitoring;

import cn.gov.guizhou.ipp.monitoring.rules.DeviationRule;
import cn.gov.guizhou.ipp.monitoring.rules.LagThreshold;
import java.math.BigDecimal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The monitoring thresholds, configurable per deployment: a lag at or above {@code
 * ipp.monitoring.warning-lag-points} (10, the guide's 滞后10%以上) calls for a warning notice; one
 * above {@code ipp.monitoring.serious-lag-points} (30 unless set) is serious; task deviations are
 * serious from {@code ipp.monitoring.serious-deviation-weight-percent} (30) of the plan's weight,
 * or at one missed milestone ({@code ipp.monitoring.missed-milestone-is-serious}).
 */
@Configuration
public class MonitoringSettings {

  @Bean
  LagThreshold lagThreshold(
      @Value("${ipp.monitoring.warning-lag-points:10}") BigDecimal warning,
      @Value("${ipp.monitoring.serious-lag-points:30}") BigDecimal serious) {
    return new LagThreshold(warning, serious);
  }

  @Bean
  DeviationRule deviationRule(
      @Value("${ipp.monitoring.serious-deviation-weight-percent:30}") BigDecimal weight,
      @Value("${ipp.monitoring.missed-milestone-is-serious:true}") boolean missedMilestone) {
    return new DeviationRule(weight, missedMilestone);
  }
}
