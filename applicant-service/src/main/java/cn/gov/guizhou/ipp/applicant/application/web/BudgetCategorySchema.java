package cn.gov.guizhou.ipp.applicant.application.web;

import cn.gov.guizhou.ipp.applicant.application.BudgetCategory;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * A budget line's category is a string on the wire (the events' {@code BudgetLine}) checked against
 * {@link BudgetCategory}; the OpenAPI document lists the categories from that enum, so a client
 * sees the allowed values without a refused request.
 */
@Component
class BudgetCategorySchema implements OpenApiCustomizer {

  static final List<String> CATEGORIES =
      Arrays.stream(BudgetCategory.values()).map(Enum::name).toList();

  @Override
  @SuppressWarnings({"rawtypes", "unchecked"})
  public void customise(OpenAPI openApi) {
    if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
      return;
    }
    Schema line = openApi.getComponents().getSchemas().get("BudgetLine");
    if (line == null || line.getProperties() == null) {
      return;
    }
    Object category = line.getProperties().get("category");
    if (category instanceof Schema schema && schema.getEnum() == null) {
      schema.setEnum(CATEGORIES);
      schema.setDescription(
          "The expenditure category of the budget of provincial funds (专项资金预算科目).");
    }
  }
}
