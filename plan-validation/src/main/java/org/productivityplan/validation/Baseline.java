package org.productivityplan.validation;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.productivityplan.model.Finding;
import org.productivityplan.validation.internal.BaselineReader;

/**
 * The findings of an earlier report, against which a new validation says what is {@linkplain
 * BaselineState#NEW new}, {@linkplain BaselineState#UNCHANGED unchanged} or {@linkplain
 * BaselineState#ABSENT absent} (fixed): what a council needs to see what a revision changed.
 * Findings are matched by {@link Finding#fingerprint()} (rule, element id, pointer relative to the
 * element), so reordering a plan's lists changes nothing; two findings with one fingerprint count
 * as one.
 *
 * <pre>{@code
 * Baseline before = Baseline.load(Path.of("report-v1.json"));   // a JSON report
 * PlanValidator validator = PlanValidator.builder().baseline(before).build();
 * ValidationReport report = validator.validate(revised, List.of(), "somerset.json");
 * report.newCount(Severity.ERROR);   // errors the revision introduced
 * report.absentFindings();           // findings the revision fixed
 * }</pre>
 *
 * <p>A baseline read from a JSON report of several plans applies to each plan by its source (the
 * same file name, or one ending with {@code /} and it); one of a single plan applies to any plan.
 * Immutable and thread-safe.
 */
public final class Baseline {

  /** The earlier findings by fingerprint, by report source ("" for unnamed reports). */
  private final Map<String, Map<String, Finding>> bySource;

  private Baseline(Map<String, Map<String, Finding>> bySource) {
    this.bySource = bySource;
  }

  /**
   * Returns a baseline of earlier findings, for any plan.
   *
   * @param findings the findings of the earlier report
   * @return the baseline
   */
  public static Baseline of(List<Finding> findings) {
    Map<String, Finding> byFingerprint = new LinkedHashMap<>();
    for (Finding finding : findings) {
      byFingerprint.putIfAbsent(finding.fingerprint(), finding);
    }
    return new Baseline(Map.of("", Collections.unmodifiableMap(byFingerprint)));
  }

  /**
   * Returns a baseline of an earlier report, for any plan.
   *
   * @param report the earlier report; only the findings it lists count, so a truncated report makes
   *     a partial baseline
   * @return the baseline
   */
  public static Baseline of(ValidationReport report) {
    return of(report.findings());
  }

  /**
   * Reads a baseline from a JSON report ({@link Reports#toJson}, format 1.x).
   *
   * @param json the report's text
   * @return the baseline
   * @throws InvalidConfigurationException naming the pointer, line and column of what is not a
   *     report
   */
  public static Baseline parse(String json) {
    return fromReports(BaselineReader.read(Objects.requireNonNull(json, "json"), null));
  }

  /**
   * Reads a baseline from a JSON report file ({@link Reports#toJson}, format 1.x), UTF-8.
   *
   * @param reportFile the file
   * @return the baseline
   * @throws InvalidConfigurationException naming the file and the pointer, line and column of what
   *     is not a report, or why the file could not be read
   */
  public static Baseline load(Path reportFile) {
    return fromReports(BaselineReader.read(Objects.requireNonNull(reportFile, "reportFile")));
  }

  private static Baseline fromReports(List<BaselineReader.Report> reports) {
    Map<String, Map<String, Finding>> bySource = new LinkedHashMap<>();
    for (BaselineReader.Report report : reports) {
      String key = reports.size() == 1 || report.source() == null ? "" : report.source();
      Map<String, Finding> byFingerprint =
          bySource.computeIfAbsent(key, k -> new LinkedHashMap<>());
      for (int i = 0; i < report.findings().size(); i++) {
        byFingerprint.putIfAbsent(report.fingerprints().get(i), report.findings().get(i));
      }
    }
    bySource.replaceAll((source, findings) -> Collections.unmodifiableMap(findings));
    return new Baseline(Collections.unmodifiableMap(bySource));
  }

  /**
   * Returns the earlier findings that apply to a plan read from a source, by fingerprint: those of
   * the report of that source when the baseline holds several, else all of them.
   *
   * @param source the plan's source, or null when unknown
   * @return the findings by {@link Finding#fingerprint()}, in report order; empty when none apply
   */
  public Map<String, Finding> findingsFor(@Nullable String source) {
    if (source != null && (bySource.size() > 1 || !bySource.containsKey(""))) {
      String normal = source.replace('\\', '/');
      for (Map.Entry<String, Map<String, Finding>> entry : bySource.entrySet()) {
        String key = entry.getKey().replace('\\', '/');
        if (!key.isEmpty()
            && (normal.equals(key) || normal.endsWith("/" + key) || key.endsWith("/" + normal))) {
          return entry.getValue();
        }
      }
    }
    return bySource.getOrDefault("", Map.of());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Baseline && bySource.equals(((Baseline) other).bySource);
  }

  @Override
  public int hashCode() {
    return bySource.hashCode();
  }

  @Override
  public String toString() {
    return "Baseline{sources=" + bySource.keySet() + '}';
  }
}
