package cn.gov.guizhou.ipp.contracts.applicant;

import cn.gov.guizhou.ipp.contracts.IntegrationEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An application was submitted: everything review-service needs to open its formal check and
 * review, funding-service to budget and pay it, and monitoring-service to track it once funded.
 *
 * @param applicationId platform id of the application
 * @param reference its human reference (e.g. 2027-HVP-00042)
 * @param callYear the call's year
 * @param trackCode the track applied for
 * @param ruleVersion the version of the call's rules the submission was judged by
 * @param lead the lead unit
 * @param participants the participants, each confirmed by its administrator
 * @param title the project's title
 * @param summary what the project does
 * @param requestedAmount the provincial funds requested, CNY
 * @param implementationStart first day of the work
 * @param implementationEnd last day of the work
 * @param plan tasks with weights, milestones, quarterly targets and performance targets
 * @param budget the budget by category, adding up to the requested amount
 * @param materials the materials submitted, each with its SHA-256
 * @param criteriaToConfirm ids of the eligibility criteria left to the formal check
 * @param creditOutcome the lead's credit check at submission (always CLEAR: others are refused)
 * @param submittedAt when it was submitted
 * @param factsToConfirm the lead's self-declared facts that decide a criterion of the track (有效专利数,
 *     省级以上平台, 国家示范名单, 地理标志权利人层级, 2026年度营业收入, 入库纳统), each with the documents evidencing it, for the
 *     officer to confirm at the formal check before any award; each criterion is also in {@code
 *     criteriaToConfirm}. Optional: empty in events of earlier producers.
 */
public record ApplicationSubmittedV1(
    UUID applicationId,
    String reference,
    int callYear,
    String trackCode,
    int ruleVersion,
    ApplicationParty lead,
    List<ApplicationParty> participants,
    String title,
    String summary,
    BigDecimal requestedAmount,
    LocalDate implementationStart,
    LocalDate implementationEnd,
    ImplementationPlan plan,
    List<BudgetLine> budget,
    List<SubmittedMaterial> materials,
    List<String> criteriaToConfirm,
    String creditOutcome,
    OffsetDateTime submittedAt,
    List<FactToConfirm> factsToConfirm)
    implements IntegrationEvent {

  public ApplicationSubmittedV1 {
    factsToConfirm = factsToConfirm == null ? List.of() : List.copyOf(factsToConfirm);
  }

  /** A submission without self-declared facts to confirm. */
  public ApplicationSubmittedV1(
      UUID applicationId,
      String reference,
      int callYear,
      String trackCode,
      int ruleVersion,
      ApplicationParty lead,
      List<ApplicationParty> participants,
      String title,
      String summary,
      BigDecimal requestedAmount,
      LocalDate implementationStart,
      LocalDate implementationEnd,
      ImplementationPlan plan,
      List<BudgetLine> budget,
      List<SubmittedMaterial> materials,
      List<String> criteriaToConfirm,
      String creditOutcome,
      OffsetDateTime submittedAt) {
    this(
        applicationId,
        reference,
        callYear,
        trackCode,
        ruleVersion,
        lead,
        participants,
        title,
        summary,
        requestedAmount,
        implementationStart,
        implementationEnd,
        plan,
        budget,
        materials,
        criteriaToConfirm,
        creditOutcome,
        submittedAt,
        List.of());
  }

  /**
   * A self-declared fact left to the formal check.
   *
   * @param criterionId the criterion it decides (e.g. HVP-C07)
   * @param fact the profile fact (e.g. validPatentCount)
   * @param value the declared value, as text (e.g. "36", "true", "PROVINCIAL", "12860000.00")
   * @param evidence ids of the lead's documents that evidence it
   */
  public record FactToConfirm(String criterionId, String fact, String value, List<UUID> evidence) {

    public FactToConfirm {
      evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
  }

  @Override
  public String aggregateId() {
    return applicationId.toString();
  }

  /**
   * A material of the application.
   *
   * @param materialId the catalogue's id of the material
   * @param documentId the stored document
   * @param filename the uploaded file's name
   * @param contentType its type, as detected from its content
   * @param sizeBytes its size
   * @param sha256 its SHA-256, lower-case hex
   */
  public record SubmittedMaterial(
      String materialId,
      UUID documentId,
      String filename,
      String contentType,
      long sizeBytes,
      String sha256) {}
}
