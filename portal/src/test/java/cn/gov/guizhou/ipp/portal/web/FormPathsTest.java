package cn.gov.guizhou.ipp.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormPathsTest {

  @Test
  void inputsNamedAfterApiPathsNestAndBlankRowsGo() {
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("plan.tasks[0].code", "T1");
    inputs.put("plan.tasks[0].weightPercent", "60");
    inputs.put("plan.tasks[1].code", " ");
    inputs.put("plan.tasks[1].weightPercent", "");
    inputs.put("plan.tasks[2].code", "T2");
    inputs.put("plan.tasks[2].weightPercent", "40");
    inputs.put("title", " 高价值专利培育 ");
    inputs.put("summary", "");

    Map<String, Object> nested = FormPaths.nest(inputs);

    assertThat(nested.get("title")).isEqualTo("高价值专利培育");
    assertThat(nested).containsEntry("summary", null);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> tasks =
        (List<Map<String, Object>>) ((Map<String, Object>) nested.get("plan")).get("tasks");
    assertThat(tasks).hasSize(2);
    assertThat(tasks.get(1)).containsEntry("code", "T2").containsEntry("weightPercent", "40");
  }

  @Test
  void namesThatAreNotFieldPathsAreIgnored() {
    assertThat(FormPaths.nest(Map.of("_csrf", "x", "a..b", "y", "[0]", "z"))).isEmpty();
  }
}
