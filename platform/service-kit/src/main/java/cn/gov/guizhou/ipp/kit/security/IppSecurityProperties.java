package cn.gov.guizhou.ipp.kit.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Security settings of a service.
 *
 * @param publicGetPaths path patterns that anyone may read without a token (for example the
 *     published programme catalogue); everything else needs a valid token
 */
@ConfigurationProperties("ipp.security")
public record IppSecurityProperties(List<String> publicGetPaths) {

  public IppSecurityProperties {
    publicGetPaths = publicGetPaths == null ? List.of() : List.copyOf(publicGetPaths);
  }
}
