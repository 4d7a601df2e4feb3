package cn.gov.guizhou.ipp.applicant.credit.client;

import cn.gov.guizhou.ipp.applicant.credit.CreditRecord;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What the platform asks a credit registry: the records held against a credit code. Both registries
 * are reached through this contract (directly, or through the bureau's data-exchange adapter that
 * fronts them).
 */
public interface CreditRegistryApi {

  @GetMapping("/api/credit-records/{creditCode}")
  RegistryAnswer recordsOf(@PathVariable("creditCode") String creditCode);

  /**
   * A registry's answer.
   *
   * @param creditCode the code asked about
   * @param records records held; empty when the record is clean
   */
  record RegistryAnswer(String creditCode, List<CreditRecord> records) {}
}
