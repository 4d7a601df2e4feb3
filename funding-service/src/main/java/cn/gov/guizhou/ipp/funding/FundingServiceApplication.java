package cn.gov.guizhou.ipp.funding;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Budgets, grants, tranches, disbursements, subsidies and the ledger. */
@SpringBootApplication
public class FundingServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(FundingServiceApplication.class, args);
  }
}
