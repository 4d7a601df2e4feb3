package cn.gov.guizhou.ipp.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.portal.web.TaskList.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskListTest {

  @Test
  void aNewDraftHasEverySectionNotStarted() {
    Map<String, Object> app =
        Map.of(
            "content", Map.of("title", "项目"),
            "participants", List.of(),
            "materials", List.of(Map.of("materialId", "HVP-M1", "required", true)));

    assertThat(TaskList.of(app))
        .extracting(TaskList.Section::status)
        .containsOnly(Status.NOT_STARTED);
  }

  @Test
  void sectionsFollowWhatTheApiHolds() {
    Map<String, Object> content =
        Map.of(
            "title",
            "项目",
            "summary",
            "简介",
            "requestedAmount",
            "500000.00",
            "plan",
            Map.of("tasks", List.of(Map.of("code", "T1"))),
            "budget",
            List.of(Map.of("category", "LABOUR", "amount", "500000.00")),
            "declarations",
            Map.of(
                "materialsTruthful", true,
                "noDuplicateFunding", true,
                "acceptsSupervision", true));
    Map<String, Object> app =
        Map.of(
            "content", content,
            "participants", List.of(Map.of("creditCode", "X")),
            "materials",
                List.of(
                    Map.of("required", true, "attached", Map.of("documentId", "d")),
                    Map.of("required", false)));

    assertThat(TaskList.of(app))
        .extracting(TaskList.Section::status)
        .containsExactly(
            Status.IN_PROGRESS, // no implementation dates yet
            Status.IN_PROGRESS, // tasks only
            Status.COMPLETED,
            Status.IN_PROGRESS, // the participant has not confirmed
            Status.COMPLETED, // every required material attached
            Status.COMPLETED);
  }
}
