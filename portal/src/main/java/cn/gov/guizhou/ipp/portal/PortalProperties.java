package cn.gov.guizhou.ipp.portal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The portal's settings.
 *
 * @param gatewayUrl where the portal reaches the platform's API (the gateway)
 * @param callYear the call shown when none is chosen
 * @param sessionWarningBefore how long before the session ends the page warns
 * @param identity the identity provider's realm
 */
@ConfigurationProperties("ipp.portal")
public record PortalProperties(
    String gatewayUrl, int callYear, Duration sessionWarningBefore, Identity identity) {

  /**
   * @param browserBase the realm's URL as the browser reaches it
   * @param base the realm's URL as the portal reaches it
   */
  public record Identity(String browserBase, String base) {}
}
