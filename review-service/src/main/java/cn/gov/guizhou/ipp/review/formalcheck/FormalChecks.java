package cn.gov.guizhou.ipp.review.formalcheck;

import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationSubmittedV1;
import cn.gov.guizhou.ipp.contracts.programme.Criterion;
import cn.gov.guizhou.ipp.contracts.programme.Material;
import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.ConflictException;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import cn.gov.guizhou.ipp.review.applications.ApplicationRegister;
import cn.gov.guizhou.ipp.review.applications.ReviewProgress;
import cn.gov.guizhou.ipp.review.applications.SubmittedApplication;
import cn.gov.guizhou.ipp.review.catalogue.ReviewTrack;
import cn.gov.guizhou.ipp.review.catalogue.ReviewTracks;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Opens, marks and concludes formal checks. */
@Service
public class FormalChecks {

  /** Object type of formal checks in the audit trail. */
  public static final String OBJECT_TYPE = "formal-check";

  private final JdbcClient jdbc;
  private final ApplicationRegister register;
  private final ReviewTracks tracks;
  private final ReviewProgress progress;
  private final AuditTrail audit;
  private final Clock clock;
  private final JsonMapper json = EventJson.mapper();
  private static final TypeReference<List<UUID>> EVIDENCE = new TypeReference<>() {};

  public FormalChecks(
      JdbcClient jdbc,
      ApplicationRegister register,
      ReviewTracks tracks,
      ReviewProgress progress,
      AuditTrail audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.register = register;
    this.tracks = tracks;
    this.progress = progress;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Opens the formal check of a newly submitted application: one item per criterion left to it and
   * one per material submitted, labelled from the track's rules at the submission's version. A
   * criterion the lead's self-declared fact meets is a FACT item carrying the declared value and
   * its evidence: the officer confirms it (PASS, only with evidence) or fails it; never a silent
   * pass.
   */
  public void open(ApplicationSubmittedV1 submission) {
    Optional<ReviewTrack> track =
        tracks.find(submission.callYear(), submission.ruleVersion(), submission.trackCode());
    Map<String, Criterion> criteria =
        track
            .filter(t -> t.rules() != null)
            .map(t -> t.rules().criteria())
            .orElse(List.of())
            .stream()
            .collect(Collectors.toMap(Criterion::id, Function.identity(), (a, b) -> a));
    Map<String, Material> materials =
        track
            .filter(t -> t.rules() != null)
            .map(t -> t.rules().materials())
            .orElse(List.of())
            .stream()
            .collect(Collectors.toMap(Material::id, Function.identity(), (a, b) -> a));
    jdbc.sql("insert into formal_check (application_id) values (:id) on conflict do nothing")
        .param("id", submission.applicationId())
        .update();
    Map<String, ApplicationSubmittedV1.FactToConfirm> facts =
        submission.factsToConfirm().stream()
            .collect(
                Collectors.toMap(
                    ApplicationSubmittedV1.FactToConfirm::criterionId,
                    Function.identity(),
                    (a, b) -> a));
    for (String id : submission.criteriaToConfirm()) {
      Criterion criterion = criteria.get(id);
      ApplicationSubmittedV1.FactToConfirm fact = facts.get(id);
      item(
          submission.applicationId(),
          id,
          fact == null ? "CRITERION" : "FACT",
          criterion == null ? id : criterion.zh(),
          criterion == null ? null : criterion.en(),
          fact);
    }
    for (ApplicationSubmittedV1.SubmittedMaterial m : submission.materials()) {
      Material material = materials.get(m.materialId());
      item(
          submission.applicationId(),
          "MATERIAL:" + m.materialId(),
          "MATERIAL",
          (material == null ? m.materialId() : material.zh()) + "（" + m.filename() + "）",
          material == null ? null : material.en() + " (" + m.filename() + ")",
          null);
    }
  }

  private void item(
      UUID applicationId,
      String id,
      String kind,
      String zh,
      String en,
      ApplicationSubmittedV1.FactToConfirm fact) {
    jdbc.sql(
            """
            insert into formal_check_item (application_id, item_id, item_kind, label_zh, label_en,
                                           declared_value, evidence)
            values (:application, :id, :kind, :zh, :en, :value, cast(:evidence as jsonb))
            on conflict do nothing
            """)
        .param("application", applicationId)
        .param("id", id)
        .param("kind", kind)
        .param("zh", zh)
        .param("en", en)
        .param("value", fact == null ? null : fact.value())
        .param("evidence", fact == null ? null : json.writeValueAsString(fact.evidence()))
        .update();
  }

  /**
   * The self-declared facts of an application's formal check that the officer has not confirmed
   * (not marked, or marked FAIL): an award for the application is refused while there are any.
   */
  @Transactional(readOnly = true)
  public List<String> unconfirmedFacts(UUID applicationId) {
    return jdbc.sql(
            """
            select item_id from formal_check_item
            where application_id = :id and item_kind = 'FACT'
              and (result is null or result <> 'PASS')
            order by item_id
            """)
        .param("id", applicationId)
        .query(String.class)
        .list();
  }

  @Transactional(readOnly = true)
  public FormalCheck get(UUID applicationId) {
    SubmittedApplication application =
        register
            .find(applicationId)
            .orElseThrow(() -> new NotFoundException("application", applicationId));
    record Outcome(String outcome, OffsetDateTime at) {}
    Outcome outcome =
        jdbc.sql("select outcome, concluded_at from formal_check where application_id = :id")
            .param("id", applicationId)
            .query(
                (rs, i) ->
                    new Outcome(
                        rs.getString("outcome"),
                        rs.getObject("concluded_at", OffsetDateTime.class)))
            .optional()
            .orElseThrow(() -> new NotFoundException(OBJECT_TYPE, applicationId));
    List<FormalCheck.Item> items =
        jdbc.sql(
                """
                select item_id, item_kind, label_zh, label_en, result, note, marked_at,
                       declared_value, evidence::text as evidence
                from formal_check_item where application_id = :id order by item_kind, item_id
                """)
            .param("id", applicationId)
            .query(
                (rs, i) ->
                    new FormalCheck.Item(
                        rs.getString("item_id"),
                        rs.getString("item_kind"),
                        rs.getString("label_zh"),
                        rs.getString("label_en"),
                        rs.getString("result"),
                        rs.getString("note"),
                        rs.getObject("marked_at", OffsetDateTime.class),
                        rs.getString("declared_value"),
                        rs.getString("evidence") == null
                            ? List.of()
                            : json.readValue(rs.getString("evidence"), EVIDENCE)))
            .list();
    return new FormalCheck(
        applicationId,
        application.reference(),
        application.trackCode(),
        labelled(application, items),
        outcome.outcome(),
        outcome.at());
  }

  /**
   * Items whose criterion or material was not yet known when the check opened (the call's event
   * arriving after the submission's) take their labels from the track now.
   */
  private List<FormalCheck.Item> labelled(
      SubmittedApplication application, List<FormalCheck.Item> items) {
    if (items.stream().allMatch(i -> i.labelEn() != null)) {
      return items;
    }
    Optional<ReviewTrack> track =
        tracks
            .find(application.callYear(), application.ruleVersion(), application.trackCode())
            .filter(t -> t.rules() != null);
    if (track.isEmpty()) {
      return items;
    }
    Map<String, Criterion> criteria =
        track.get().rules().criteria().stream()
            .collect(Collectors.toMap(Criterion::id, Function.identity(), (a, b) -> a));
    Map<String, Material> materials =
        track.get().rules().materials().stream()
            .collect(Collectors.toMap(Material::id, Function.identity(), (a, b) -> a));
    return items.stream()
        .map(
            i -> {
              if (i.labelEn() != null) {
                return i;
              }
              if (!"MATERIAL".equals(i.kind()) && criteria.containsKey(i.id())) {
                Criterion c = criteria.get(i.id());
                return i.relabelled(c.zh(), c.en());
              }
              Material m = materials.get(i.id().substring(i.id().indexOf(':') + 1));
              return m == null
                  ? i
                  : i.relabelled(i.labelZh().replaceFirst("^[^（]*", m.zh()), m.en());
            })
        .toList();
  }

  /** Marks one item pass or fail; a fail needs a note saying why. */
  @Transactional
  public FormalCheck mark(
      UUID applicationId, String itemId, String result, String note, CurrentUser officer) {
    requireOpen(applicationId);
    if ("FAIL".equals(result) && (note == null || note.isBlank())) {
      throw new InvalidFieldException("note", "a failed item needs a note saying why");
    }
    if ("PASS".equals(result)) {
      get(applicationId).items().stream()
          .filter(i -> i.id().equals(itemId) && "FACT".equals(i.kind()))
          .filter(i -> i.evidence().isEmpty())
          .findFirst()
          .ifPresent(
              i -> {
                throw new InvalidFieldException(
                    "result",
                    "the declared fact "
                        + i.id()
                        + " has no evidence: it cannot be confirmed, only failed with a note");
              });
    }
    int marked =
        jdbc.sql(
                """
                update formal_check_item set result = :result, note = :note, marked_by = :by,
                       marked_at = :at
                where application_id = :application and item_id = :id
                """)
            .param("application", applicationId)
            .param("id", itemId)
            .param("result", result)
            .param("note", note == null || note.isBlank() ? null : note.strip())
            .param("by", officer.subject())
            .param("at", OffsetDateTime.now(clock))
            .update();
    if (marked == 0) {
      throw new NotFoundException("formal-check item", itemId);
    }
    audit.recordChange("formal-check.mark", OBJECT_TYPE, applicationId);
    return get(applicationId);
  }

  /**
   * Concludes the check once every item is marked: all pass → eligible for review; any fail →
   * rejected at the formal check with the failed items and their notes as the reason.
   */
  @Transactional
  public FormalCheck conclude(UUID applicationId, CurrentUser officer) {
    requireOpen(applicationId);
    FormalCheck check = get(applicationId);
    List<String> unmarked =
        check.items().stream().filter(i -> i.result() == null).map(FormalCheck.Item::id).toList();
    if (!unmarked.isEmpty()) {
      throw new ConflictException(
          "ITEMS_NOT_MARKED", "items not marked yet: " + String.join(", ", unmarked));
    }
    List<FormalCheck.Item> failed =
        check.items().stream().filter(i -> "FAIL".equals(i.result())).toList();
    String outcome = failed.isEmpty() ? "PASSED" : "FAILED";
    jdbc.sql(
            """
            update formal_check set outcome = :outcome, concluded_by = :by, concluded_at = :at
            where application_id = :id
            """)
        .param("id", applicationId)
        .param("outcome", outcome)
        .param("by", officer.subject())
        .param("at", OffsetDateTime.now(clock))
        .update();
    progress.report(
        applicationId,
        failed.isEmpty() ? "FORMAL_CHECK_PASSED" : "FORMAL_CHECK_FAILED",
        null,
        failed.isEmpty()
            ? null
            : failed.stream()
                .map(i -> i.labelZh() + "：" + i.note())
                .collect(Collectors.joining("；")));
    audit.recordChange(
        "formal-check." + outcome.toLowerCase(java.util.Locale.ROOT), OBJECT_TYPE, applicationId);
    return get(applicationId);
  }

  private void requireOpen(UUID applicationId) {
    SubmittedApplication application =
        register
            .lock(applicationId)
            .orElseThrow(() -> new NotFoundException("application", applicationId));
    if (!"SUBMITTED".equals(application.status())) {
      throw new ConflictException(
          "FORMAL_CHECK_CLOSED",
          "the application is " + application.status() + "; its formal check is closed");
    }
  }
}
