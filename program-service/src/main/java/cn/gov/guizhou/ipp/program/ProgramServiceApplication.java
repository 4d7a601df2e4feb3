package cn.gov.guizhou.ipp.program;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The programme catalogue: calls, tracks and their rules. */
@SpringBootApplication
public class ProgramServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(ProgramServiceApplication.class, args);
  }
}
