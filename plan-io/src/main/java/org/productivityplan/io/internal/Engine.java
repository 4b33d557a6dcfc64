package org.productivityplan.io.internal;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import org.productivityplan.io.ReadLimits;
import org.productivityplan.io.ReadResult;
import org.productivityplan.model.CouncilPlan;
import org.productivityplan.model.ProductivityPlan;

/** The reading and writing machinery behind {@code PlanJson}. Immutable and thread-safe. */
public final class Engine {

  /** The resource name of the productivity-plan schema. */
  public static final String PLAN_SCHEMA = "productivity-plan-1.0.schema.json";

  /** The resource name of the council-plan schema. */
  public static final String COUNCIL_PLAN_SCHEMA = "council-plan-1.0.schema.json";

  private final boolean strict;
  private final ReadLimits limits;

  /**
   * Creates the engine.
   *
   * @param strict whether unknown properties are errors
   * @param limits the read limits
   */
  public Engine(boolean strict, ReadLimits limits) {
    this.strict = strict;
    this.limits = limits;
  }

  public ReadResult<ProductivityPlan> readPlan(Path path) {
    throw new UnsupportedOperationException("not yet implemented" + strict + limits);
  }

  public ReadResult<ProductivityPlan> readPlan(InputStream in, String source) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public ReadResult<ProductivityPlan> readPlan(Reader in, String source) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public ReadResult<ProductivityPlan> readPlan(String json, String source) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public ReadResult<CouncilPlan> readCouncilPlan(Path path) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public ReadResult<CouncilPlan> readCouncilPlan(InputStream in, String source) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public ReadResult<CouncilPlan> readCouncilPlan(Reader in, String source) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public ReadResult<CouncilPlan> readCouncilPlan(String json, String source) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public String write(ProductivityPlan plan) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public String write(CouncilPlan plan) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public static String schemaText(String resource) {
    throw new UnsupportedOperationException("not yet implemented" + resource);
  }
}
