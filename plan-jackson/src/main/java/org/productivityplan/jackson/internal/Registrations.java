package org.productivityplan.jackson.internal;

import com.fasterxml.jackson.databind.Module.SetupContext;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.productivityplan.io.PlanJson;
import org.productivityplan.model.CouncilPlan;
import org.productivityplan.model.DateRange;
import org.productivityplan.model.Finding;
import org.productivityplan.model.FinancialYear;
import org.productivityplan.model.Money;
import org.productivityplan.model.PartialDate;
import org.productivityplan.model.Percentage;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.RawJson;
import org.productivityplan.model.SchemaVersion;
import org.productivityplan.validation.ValidationReport;

/** Registers every serializer and deserializer of the module, in one place. */
public final class Registrations {

  private Registrations() {}

  /**
   * Adds the plan module's serializers and deserializers to a module.
   *
   * @param module the module being set up
   * @param given the reader and writer of plans
   */
  public static void register(SimpleModule module, PlanJson given) {
    PlanJson json = withoutPositions(given);
    module.addSerializer(ProductivityPlan.class, Documents.planSerializer(json));
    module.addDeserializer(ProductivityPlan.class, Documents.planDeserializer(json));
    module.addSerializer(CouncilPlan.class, Documents.councilPlanSerializer(json));
    module.addDeserializer(CouncilPlan.class, Documents.councilPlanDeserializer(json));

    module.addSerializer(Money.class, Values.MONEY_SERIALIZER);
    module.addDeserializer(Money.class, Values.MONEY_DESERIALIZER);
    module.addSerializer(Percentage.class, Values.PERCENTAGE_SERIALIZER);
    module.addDeserializer(Percentage.class, Values.PERCENTAGE_DESERIALIZER);
    module.addSerializer(DateRange.class, Values.DATE_RANGE_SERIALIZER);
    module.addDeserializer(DateRange.class, Values.DATE_RANGE_DESERIALIZER);
    module.addSerializer(RawJson.class, Values.RAW_JSON_SERIALIZER);
    module.addDeserializer(RawJson.class, Values.RAW_JSON_DESERIALIZER);
    Values.text(module, FinancialYear.class, FinancialYear::parse, "a financial year written YYYY/YY, such as \"2023/24\"");
    Values.text(module, PartialDate.class, PartialDate::parse, "a date written YYYY, YYYY-MM or YYYY-MM-DD, such as \"2024-07\"");
    Values.text(module, SchemaVersion.class, SchemaVersion::parse, "a version written MAJOR.MINOR, such as \"1.0\"");

    module.addSerializer(ValidationReport.class, Reports.REPORT_SERIALIZER);
    module.addSerializer(Finding.class, Reports.FINDING_SERIALIZER);
  }

  /**
   * The reader the module reads with: the one given, keeping no positions. A deserializer returns
   * the value or throws (each problem with its own line and column), so the positions of a read's
   * result would be made for nothing.
   *
   * @param json the reader given to the module
   * @return the same options without positions
   */
  static PlanJson withoutPositions(PlanJson json) {
    return !json.keepsPositions() ? json
        : PlanJson.builder().strict(json.isStrict()).limits(json.limits()).positions(false).build();
  }

  /**
   * Adds what cannot be registered type by type: the coded enumerations, by their codes.
   *
   * @param context the mapper being set up
   */
  public static void setUp(SetupContext context) {
    context.addSerializers(new CodedEnums.Serializers());
    context.addDeserializers(new CodedEnums.Deserializers());
  }
}
