package cn.gov.guizhou.ipp.funding.securitisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A claim as an enterprise files it.
 *
 * @param callYear the call's year
 * @param organisationId the claiming enterprise
 * @param productName the securitisation product
 * @param productCode the product's code
 * @param issuanceAmount the product's issuance amount, CNY
 * @param issueDate when the product was issued
 * @param endDate when it ends
 * @param financingAmount the enterprise's actual financing within the product, CNY
 * @param files one file per material
 */
public record NewClaim(
    int callYear,
    UUID organisationId,
    String productName,
    String productCode,
    BigDecimal issuanceAmount,
    LocalDate issueDate,
    LocalDate endDate,
    BigDecimal financingAmount,
    List<MaterialFile> files) {

  /**
   * One file, for one material.
   *
   * @param materialId the catalogue's material id (the part's name)
   * @param filename the file's name as the client gave it
   * @param content the bytes, whose type is told from them alone
   */
  public record MaterialFile(String materialId, String filename, byte[] content) {}
}
