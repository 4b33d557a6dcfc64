package org.productivityplan.cli;

import org.productivityplan.validation.PlanValidator;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --profile ID}: the rule profile, shared by the commands that use one. */
final class ProfileOption {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(
      names = "--profile",
      paramLabel = "ID",
      defaultValue = PlanValidator.DEFAULT_PROFILE,
      description = "The rule profile (default: ${DEFAULT-VALUE}).")
  private String profile = PlanValidator.DEFAULT_PROFILE;

  /**
   * Returns the profile the user named, refusing an unknown one as a usage error that lists the
   * known ones.
   *
   * @return a known profile id
   * @throws CommandLine.ParameterException when no built-in rules or provider define it
   */
  String known() {
    if (!PlanValidator.availableProfiles().contains(profile)) {
      throw new CommandLine.ParameterException(
          mixee.commandLine(),
          "Unknown profile '"
              + profile
              + "'; known profiles: "
              + String.join(", ", PlanValidator.availableProfiles()));
    }
    return profile;
  }
}
