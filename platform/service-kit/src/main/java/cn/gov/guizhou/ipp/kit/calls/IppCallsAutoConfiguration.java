package cn.gov.guizhou.ipp.kit.calls;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;

/** Resilient calls for services that talk to other services or outside registries. */
@AutoConfiguration(
    afterName = {
      "io.github.resilience4j.springboot3.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration",
      "io.github.resilience4j.springboot3.retry.autoconfigure.RetryAutoConfiguration"
    })
@ConditionalOnBean({CircuitBreakerRegistry.class, RetryRegistry.class})
public class IppCallsAutoConfiguration {

  @Bean
  ResilientCalls resilientCalls(CircuitBreakerRegistry breakers, RetryRegistry retries) {
    return new ResilientCalls(breakers, retries);
  }
}
