package cn.gov.guizhou.ipp.kit.audit;

import cn.gov.guizhou.ipp.kit.idempotency.IdempotencyFilter;
import cn.gov.guizhou.ipp.kit.web.RequestSizeLimitFilter;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/** The audit trail, its query API, the auditing 401/403 handlers and Idempotency-Key support. */
@AutoConfiguration(
    after = cn.gov.guizhou.ipp.kit.config.IppCoreAutoConfiguration.class,
    afterName = {
      "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
      "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration"
    })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean({JdbcClient.class, PlatformTransactionManager.class})
@Import(AuditController.class)
public class IppAuditAutoConfiguration {

  /** Spring Security's filter chain runs at -100; idempotency needs the caller, so runs after. */
  static final int AFTER_SECURITY = -100 + 10;

  @Bean
  AuditTrail auditTrail(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
    return new AuditTrail(jdbc, transactions, clock);
  }

  @Bean
  AuditingSecurityHandlers auditingSecurityHandlers(AuditTrail audit) {
    return new AuditingSecurityHandlers(audit);
  }

  @Bean
  FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
      @Value("${ipp.http.max-body-size:1MB}") DataSize maxBodySize,
      @Value("${ipp.http.max-upload-size:21MB}") DataSize maxUploadSize) {
    FilterRegistrationBean<RequestSizeLimitFilter> registration =
        new FilterRegistrationBean<>(
            new RequestSizeLimitFilter(maxBodySize.toBytes(), maxUploadSize.toBytes()));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      @Value("${ipp.http.max-body-size:1MB}") DataSize maxBodySize) {
    FilterRegistrationBean<IdempotencyFilter> registration =
        new FilterRegistrationBean<>(
            new IdempotencyFilter(
                jdbc, new TransactionTemplate(transactions), maxBodySize.toBytes()));
    registration.setOrder(AFTER_SECURITY);
    return registration;
  }
}
