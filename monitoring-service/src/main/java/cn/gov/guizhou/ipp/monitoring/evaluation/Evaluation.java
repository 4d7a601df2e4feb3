package cn.gov.guizhou.ipp.monitoring.evaluation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * A project's performance evaluation for a year.
 *
 * @param projectId the project
 * @param reference its reference
 * @param trackCode its track
 * @param category its programme category
 * @param year the year evaluated
 * @param indicatorSystem the indicator system's version
 * @param scores each indicator's score, by indicator id, in the system's order
 * @param total the total out of 100
 * @param grade its grade
 * @param gradeZh the grade in Chinese (优秀, 良好, 合格, 不合格)
 * @param recommendation the evaluator's recommendation
 * @param evaluatedBy who recorded it
 * @param evaluatedAt when
 */
public record Evaluation(
    UUID projectId,
    String reference,
    String trackCode,
    String category,
    int year,
    String indicatorSystem,
    Map<String, Scoring.ScoredIndicator> scores,
    BigDecimal total,
    Grade grade,
    String gradeZh,
    String recommendation,
    String evaluatedBy,
    OffsetDateTime evaluatedAt) {}
