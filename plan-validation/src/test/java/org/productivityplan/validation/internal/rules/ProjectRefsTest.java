package org.productivityplan.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.Kpi;
import org.productivityplan.model.ProductivityPlan;
import org.productivityplan.model.ProjectStatus;
import org.productivityplan.model.Severity;
import org.productivityplan.model.TransformationProject;
import org.productivityplan.validation.RuleContext;
import org.productivityplan.validation.internal.SharedFacts;

/** The projects by id and the projects KPIs name, as PP003 and PP153 share them. */
class ProjectRefsTest {

  /** Projects a, b, a (again) and c; KPI 0 names a and x, KPI 1 names c. */
  private static final ProductivityPlan PLAN =
      Plans.edit(
          Plans.complete(),
          b ->
              b.projects(
                      List.of(
                          Plans.project("a", ProjectStatus.PLANNED),
                          Plans.project("b", ProjectStatus.PLANNED),
                          Plans.project("a", ProjectStatus.COMPLETED),
                          Plans.project("c", ProjectStatus.PLANNED)))
                  .kpis(
                      List.of(
                          kpi("k0", List.of("a", "x")),
                          kpi("k1", List.of(new String("c"))))));

  private static Kpi kpi(String id, List<String> projectIds) {
    return Kpi.builder().from(Plans.complete().kpis().get(0)).id(id).projectIds(projectIds).build();
  }

  @Test
  void findsTheFirstProjectOfEachIdAndWhatTheKpisName() {
    ProjectRefs refs = ProjectRefs.of(PLAN, new RecordingContext(Severity.INFO));
    List<TransformationProject> projects = PLAN.projects();

    assertThat(refs.project("a")).isSameAs(projects.get(0));
    assertThat(refs.project("c")).isSameAs(projects.get(3));
    assertThat(refs.project("x")).isNull();
    assertThat(refs.distinctIds()).isEqualTo(3);

    assertThat(refs.resolves(0, 0)).isTrue();
    assertThat(refs.resolves(0, 1)).isFalse();
    assertThat(refs.resolves(1, 0)).isTrue();

    assertThat(refs.isNamedByKpi(projects.get(0))).isTrue();
    assertThat(refs.isNamedByKpi(projects.get(1))).isFalse();
    // A second project with a named id is named too, as a set of the named ids would say.
    assertThat(refs.isNamedByKpi(projects.get(2))).isTrue();
    assertThat(refs.isNamedByKpi(projects.get(3))).isTrue();
  }

  /** A context that keeps shared facts, as the engine's do; these tests report nothing. */
  private static final class Keeping implements RuleContext, SharedFacts {
    private final Map<Class<?>, Object> facts = new HashMap<>();
    int found;

    @Override
    public void report(String pointer, String message, Object... arguments) {
      throw new AssertionError("nothing is reported");
    }

    @Override
    public void report(Severity severity, String pointer, String message, Object... arguments) {
      throw new AssertionError("nothing is reported");
    }

    @Override
    public <T> T shared(Class<T> kind, Supplier<T> find) {
      return kind.cast(
          facts.computeIfAbsent(
              kind,
              k -> {
                found++;
                return find.get();
              }));
    }
  }

  @Test
  void isFoundOnceThroughAContextThatKeepsItAndAnewOtherwise() {
    Keeping keeping = new Keeping();
    assertThat(ProjectRefs.of(PLAN, keeping)).isSameAs(ProjectRefs.of(PLAN, keeping));
    assertThat(keeping.found).isEqualTo(1);

    RecordingContext plain = new RecordingContext(Severity.INFO);
    assertThat(ProjectRefs.of(PLAN, plain)).isNotSameAs(ProjectRefs.of(PLAN, plain));
  }
}
