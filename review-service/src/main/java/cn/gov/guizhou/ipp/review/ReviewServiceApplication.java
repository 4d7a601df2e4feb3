package cn.gov.guizhou.ipp.review;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Formal checks, experts and conflicts of interest, scoring, ranking and evaluations. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReviewServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(ReviewServiceApplication.class, args);
  }
}
