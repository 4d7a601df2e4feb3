package cn.gov.guizhou.ipp.applicant.credit.client;

import cn.gov.guizhou.ipp.applicant.credit.CreditRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.openfeign.FeignClientBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * One Feign client per registry, named after the registry's remote (so its timeouts are set under
 * {@code spring.cloud.openfeign.client.config.<remote>}), with the base URL from configuration.
 */
@Component
public class CreditRegistryClients {

  private final Map<CreditRegistry, CreditRegistryApi> clients =
      new EnumMap<>(CreditRegistry.class);

  public CreditRegistryClients(
      ApplicationContext context,
      @Value("${ipp.credit.credit-china.base-url}") String creditChinaUrl,
      @Value("${ipp.credit.social-organisation.base-url}") String socialOrganisationUrl) {
    FeignClientBuilder builder = new FeignClientBuilder(context);
    clients.put(
        CreditRegistry.CREDIT_CHINA,
        builder
            .forType(CreditRegistryApi.class, CreditRegistry.CREDIT_CHINA.remote())
            .url(creditChinaUrl)
            .build());
    clients.put(
        CreditRegistry.SOCIAL_ORGANISATION_PLATFORM,
        builder
            .forType(CreditRegistryApi.class, CreditRegistry.SOCIAL_ORGANISATION_PLATFORM.remote())
            .url(socialOrganisationUrl)
            .build());
  }

  public CreditRegistryApi of(CreditRegistry registry) {
    return clients.get(registry);
  }
}
