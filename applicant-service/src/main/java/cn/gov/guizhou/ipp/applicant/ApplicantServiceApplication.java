package cn.gov.guizhou.ipp.applicant;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Organisations, the people who act for them, credit checks and applications. */
@SpringBootApplication
public class ApplicantServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(ApplicantServiceApplication.class, args);
  }
}
