package cn.gov.guizhou.ipp.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The layout every service follows, checked on its compiled classes: the domain and application
 * code imports nothing of the web, Kafka or Feign; controllers live in {@code web}, Kafka listeners
 * in {@code messaging}, remote clients in {@code client} sub-packages of their feature.
 */
public final class ServiceArchitecture {

  private static final String[] ADAPTERS = {"..web..", "..messaging..", "..client.."};

  private ServiceArchitecture() {}

  /** Checks the service under {@code basePackage}; fails listing every violation. */
  public static void verify(String basePackage) {
    JavaClasses service =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(basePackage);
    for (ArchRule rule : rules()) {
      rule.check(service);
    }
  }

  static List<ArchRule> rules() {
    return List.of(
        noClasses()
            .that()
            .resideOutsideOfPackages(ADAPTERS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "org.springframework.web..",
                "org.springframework.http..",
                "jakarta.servlet..",
                "org.apache.kafka..",
                "org.springframework.kafka..",
                "feign..",
                "org.springframework.cloud.openfeign..")
            .because("the domain and its application services are free of transport concerns"),
        classes()
            .that()
            .areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
            .should()
            .resideInAPackage("..web..")
            .because("controllers are thin adapters in a feature's web package"),
        noClasses()
            .that()
            .resideOutsideOfPackage("..messaging..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.kafka.annotation.KafkaListener")
            .because("Kafka listeners live in a feature's messaging package"));
  }
}
