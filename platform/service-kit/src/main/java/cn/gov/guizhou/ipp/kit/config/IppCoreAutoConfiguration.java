package cn.gov.guizhou.ipp.kit.config;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** What every other part of the kit relies on. */
@AutoConfiguration
public class IppCoreAutoConfiguration {

  /** The platform's clock, UTC; tests may replace it. */
  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }
}
