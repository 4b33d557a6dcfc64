package org.productivityplan.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.Objects;
import org.productivityplan.io.PlanJson;
import org.productivityplan.jackson.internal.Registrations;

/**
 * A Jackson {@link com.fasterxml.jackson.databind.Module} for plans: once registered, any {@code
 * ObjectMapper} reads and writes plans, their values and validation reports in the SDK's formats,
 * also inside a service's own classes.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new PlanModule());
 * // or: new ObjectMapper().findAndRegisterModules();
 * ProductivityPlan plan = mapper.readValue(json, ProductivityPlan.class);
 * }</pre>
 *
 * <p>What it handles:
 *
 * <ul>
 *   <li>{@link org.productivityplan.model.ProductivityPlan} and {@link
 *       org.productivityplan.model.CouncilPlan}, read and written in JSON format 1.0 by {@link
 *       PlanJson} from the mapper's own parser and generator, in one pass. Unknown properties are
 *       kept and written back. A plan that cannot be read without losing data (any problem of
 *       severity error) throws one {@link PlanReadException} carrying every problem, each with a
 *       JSON Pointer into the whole document (a plan at {@code /request/plan} gives {@code
 *       /request/plan/council/name}), a line and a column.
 *   <li>The values of the format: {@link org.productivityplan.model.Money} as {@code {"amount":
 *       1500000, "currency": "GBP"}}, {@link org.productivityplan.model.Percentage} as a number,
 *       {@link org.productivityplan.model.FinancialYear} ({@code "2024/25"}), {@link
 *       org.productivityplan.model.PartialDate} ({@code "2024-07"}), {@link
 *       org.productivityplan.model.DateRange}, {@link org.productivityplan.model.SchemaVersion},
 *       {@link org.productivityplan.model.RawJson} (as the JSON value it holds) and every coded
 *       enumeration ({@link org.productivityplan.model.Theme}, {@link
 *       org.productivityplan.model.SpendCategory}, ...) by its code.
 *   <li>{@link org.productivityplan.validation.ValidationReport} and {@link
 *       org.productivityplan.model.Finding}, written as the {@code report} and {@code finding}
 *       objects of the validation report format 1.0 ({@code docs/validation-report-1.0.schema.json}),
 *       by the same code as {@link org.productivityplan.validation.Reports#toJsonLine}, so the two
 *       cannot differ. Reports are written, not read.
 * </ul>
 *
 * <p>The other parts of a plan ({@code Council}, {@code Kpi}, ...) are read and written as parts of
 * a plan; a service that needs one alone reads the plan.
 *
 * <p>Found by {@code ObjectMapper.findAndRegisterModules()} through {@link java.util.ServiceLoader}
 * (on the class path and the module path). Immutable; one instance can be registered on many
 * mappers.
 */
public final class PlanModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The module's id, as {@link #getTypeId()} reports it. */
  public static final String NAME = "org.productivityplan.jackson.PlanModule";

  /** Creates the module with {@link PlanJson#standard()}: lenient, default limits. */
  public PlanModule() {
    this(PlanJson.standard());
  }

  /**
   * Creates the module with a reader of one's own, for strict reading or other limits. The module
   * reads with its options but keeps no positions ({@link PlanJson.Builder#positions(boolean)}):
   * what it returns is the value, and the problems of a plan it cannot read carry their own lines
   * and columns.
   *
   * @param json the reader and writer of plans
   */
  public PlanModule(PlanJson json) {
    super(NAME, Version.unknownVersion());
    Registrations.register(this, Objects.requireNonNull(json, "json"));
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    Registrations.setUp(context);
  }

  @Override
  public Object getTypeId() {
    return NAME;
  }
}
