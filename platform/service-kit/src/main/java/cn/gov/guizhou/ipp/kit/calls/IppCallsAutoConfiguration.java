package cn.gov.guizhou.ipp.kit.calls;

import cn.gov.guizhou.ipp.kit.members.OrganisationMembers;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import java.net.URI;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/** Resilient calls for services that talk to other services or outside registries. */
@AutoConfiguration(
    afterName = {
      "io.github.resilience4j.springboot3.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration",
      "io.github.resilience4j.springboot3.retry.autoconfigure.RetryAutoConfiguration"
    })
@ConditionalOnBean({CircuitBreakerRegistry.class, RetryRegistry.class})
public class IppCallsAutoConfiguration {

  /**
   * The service's own token for calls it makes as itself. Its client is the service's name unless
   * {@code ipp.service-account.client-id} says otherwise; the secret comes from {@code
   * IPP_SERVICE_CLIENT_SECRET} (the local realm's development secret when unset).
   */
  @Bean
  ServiceAccountToken serviceAccountToken(
      @Value(
              "${ipp.service-account.token-uri:${spring.security.oauth2.resourceserver.jwt.issuer-uri}/protocol/openid-connect/token}")
          URI tokenUri,
      @Value("${ipp.service-account.client-id:${spring.application.name}}") String clientId,
      @Value(
              "${ipp.service-account.client-secret:${IPP_SERVICE_CLIENT_SECRET:${spring.application.name}-dev-secret}}")
          String clientSecret) {
    return new ServiceAccountToken(tokenUri, clientId, clientSecret, Clock.systemUTC());
  }

  /** Membership checks, for services that know where applicant-service is. */
  @Bean
  @ConditionalOnProperty("ipp.applicant-service.base-url")
  OrganisationMembers organisationMembers(
      ApplicationContext context,
      @Value("${ipp.applicant-service.base-url}") String baseUrl,
      ResilientCalls calls) {
    return new OrganisationMembers(context, baseUrl, calls);
  }

  @Bean
  ResilientCalls resilientCalls(CircuitBreakerRegistry breakers, RetryRegistry retries) {
    return new ResilientCalls(breakers, retries);
  }
}
