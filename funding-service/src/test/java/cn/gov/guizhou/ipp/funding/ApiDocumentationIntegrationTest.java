package cn.gov.guizhou.ipp.funding;

import cn.gov.guizhou.ipp.testkit.ApiDocumentationCheck;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The service's OpenAPI document tells a newcomer, for every operation, its summary, who may call
 * it, its problem responses and 201 for a creation, and how to sign in.
 */
@IntegrationTest
class ApiDocumentationIntegrationTest {

  @Value("${local.server.port}")
  int port;

  @Test
  void everyOperationIsDocumentedForANewcomer() {
    ApiDocumentationCheck.assertServedDocumentIsComplete(port);
  }
}
