package org.productivityplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Enumeration;
import org.junit.jupiter.api.Test;
import org.productivityplan.model.Finding;
import org.productivityplan.model.Severity;

/**
 * Registers rules from outside the module: the providers of {@code org.example.acme} are defined by
 * a class loader of their own, in its unnamed module, and found through {@link
 * java.util.ServiceLoader} from {@code META-INF/services}, as a third party's jar would be.
 */
class ExtensionTest {

  /**
   * Defines {@code org.example.*} itself (so those classes are outside every named module) and
   * serves {@code META-INF/services} from {@code outside/}, where the tests keep them so that no
   * other test sees these providers.
   */
  static final class OutsideLoader extends ClassLoader {

    OutsideLoader() {
      super("outside", ExtensionTest.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith("org.example.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        if (loaded == null) {
          String file = name.replace('.', '/') + ".class";
          try (InputStream in = getParent().getResourceAsStream(file)) {
            if (in == null) {
              throw new ClassNotFoundException(name);
            }
            byte[] bytes = in.readAllBytes();
            loaded = defineClass(name, bytes, 0, bytes.length);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        return loaded;
      }
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      if (name.startsWith("META-INF/services/")) {
        return getParent().getResources("outside/" + name);
      }
      return super.getResources(name);
    }
  }

  private final OutsideLoader outside = new OutsideLoader();

  @Test
  void theProvidersAreOutsideEveryNamedModule() throws Exception {
    assertThat(outside.loadClass("org.example.acme.AcmeRuleProvider").getModule().isNamed())
        .isFalse();
  }

  @Test
  void aProviderDefinesANewProfile() {
    PlanValidator validator =
        PlanValidator.builder().classLoader(outside).profile("acme-2025").build();

    ValidationReport report = validator.validate(Plans.minimal());

    assertThat(validator.rules()).extracting(RuleInfo::id).containsExactly("ACME001");
    assertThat(report.profile()).contains("acme-2025");
    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().equals("ACME001"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message()).isEqualTo("Plan 'Productivity Plan' has no introduction");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.guidance()).contains("Acme house style, section 1");
            });
  }

  @Test
  void aProviderExtendsTheBuiltInProfile() {
    PlanValidator validator = PlanValidator.builder().classLoader(outside).build();

    ValidationReport report = validator.validate(Plans.minimal());

    assertThat(validator.rules()).extracting(RuleInfo::id).contains("XT101");
    assertThat(report.findings()).extracting(Finding::ruleId).contains("XT101");
  }

  @Test
  void providedRulesAreConfiguredLikeAnyOther() {
    PlanValidator validator =
        PlanValidator.builder()
            .classLoader(outside)
            .configuration(ValidationConfig.builder().disable("XT101").build())
            .build();

    assertThat(validator.validate(Plans.minimal()).findings())
        .extracting(Finding::ruleId)
        .doesNotContain("XT101");
  }

  @Test
  void theContextClassLoaderIsSearchedByDefault() {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(outside);
    try {
      assertThat(PlanValidator.availableProfiles()).containsExactly("acme-2025", "dluhc-2024");
      assertThat(PlanValidator.builder().profile("acme-2025").build().rules()).hasSize(1);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  @Test
  void withoutTheProvidersTheirProfileIsUnknown() {
    assertThat(PlanValidator.availableProfiles()).doesNotContain("acme-2025");
  }

  @Test
  void aRuleAddedThroughTheBuilderRunsBesideTheProfile() {
    PlanValidator validator =
        PlanValidator.builder()
            .classLoader(outside)
            .profile("acme-2025")
            .addRule(TestRules.reporting("TT001", Severity.INFO, "/title"))
            .build();

    assertThat(validator.validate(Plans.minimal()).findings())
        .extracting(Finding::ruleId)
        .containsExactlyInAnyOrder("ACME001", "TT001");
  }
}
