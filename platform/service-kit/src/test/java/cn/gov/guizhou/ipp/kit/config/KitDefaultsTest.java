package cn.gov.guizhou.ipp.kit.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.cloud.openfeign.FeignClientProperties;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The kit's defaults bind where Spring Cloud OpenFeign reads them: a timeout under any other key is
 * silently ignored, and a remote that never answers would then hold the caller for Feign's own 60
 * seconds and come back with whatever it finally says.
 */
class KitDefaultsTest {

  private static Binder binder;
  private static StandardEnvironment environment;

  @BeforeAll
  static void load() throws IOException {
    environment = new StandardEnvironment();
    List<PropertySource<?>> sources =
        new YamlPropertySourceLoader()
            .load(
                KitDefaultsEnvironmentPostProcessor.SOURCE,
                new ClassPathResource(KitDefaultsEnvironmentPostProcessor.SOURCE));
    sources.forEach(environment.getPropertySources()::addLast);
    binder = new Binder(ConfigurationPropertySources.get(environment));
  }

  @Test
  void everyFeignClientHasAConnectAndAReadTimeout() {
    FeignClientProperties feign =
        binder
            .bind("spring.cloud.openfeign.client", FeignClientProperties.class)
            .orElseThrow(() -> new AssertionError("no spring.cloud.openfeign.client defaults"));

    FeignClientProperties.FeignClientConfiguration defaults = feign.getConfig().get("default");
    assertThat(defaults).isNotNull();
    assertThat(defaults.getConnectTimeout()).isEqualTo(2000);
    assertThat(defaults.getReadTimeout()).isEqualTo(5000);
  }

  @Test
  void noFeignSettingHidesUnderAnotherPrefix() {
    assertThat(
            environment.containsProperty(
                "springdoc.cloud.openfeign.client.config.default.read-timeout"))
        .isFalse();
    assertThat(environment.getProperty("spring.cloud.openfeign.client.config.default.read-timeout"))
        .isEqualTo("5000");
  }
}
