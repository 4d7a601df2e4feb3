package cn.gov.guizhou.ipp.kit.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds the platform defaults ({@code ipp-kit-defaults.yml}) with the lowest precedence: a service's
 * own {@code application.yml}, environment variables and system properties all win over them.
 */
public class KitDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

  static final String SOURCE = "ipp-kit-defaults.yml";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    try {
      for (PropertySource<?> source :
          new YamlPropertySourceLoader().load(SOURCE, new ClassPathResource(SOURCE))) {
        environment.getPropertySources().addLast(source);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SOURCE, e);
    }
  }
}
