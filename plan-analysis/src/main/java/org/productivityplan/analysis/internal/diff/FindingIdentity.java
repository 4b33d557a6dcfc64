package org.productivityplan.analysis.internal.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.productivityplan.model.Finding;
import org.productivityplan.model.ProductivityPlan;

/**
 * The identity of a finding that survives edits elsewhere in the plan: the agreed fingerprint
 * {@code ruleId + "|" + elementId + "|" + relativePointer}, where {@code elementId} is the {@code
 * id} of the nearest element with an id that contains what the finding points at (empty when there
 * is none) and {@code relativePointer} is the finding's pointer relative to that element (the
 * whole pointer when there is none). Reordering a list, or adding a project before another,
 * changes a finding's pointer but not its fingerprint.
 *
 * <p>This is computed here from the plan until {@code Finding.fingerprint()} is available from
 * plan-validation; {@link #fingerprint} is the one place to switch.
 */
public final class FindingIdentity {

  private final Object tree;

  private FindingIdentity(ProductivityPlan plan) {
    Object t = Tree.of(plan);
    this.tree = t == null ? Map.of() : t;
  }

  /**
   * Returns the identities of the findings on one plan.
   *
   * @param plan the plan the findings are about
   * @return the identities
   */
  public static FindingIdentity of(ProductivityPlan plan) {
    return new FindingIdentity(plan);
  }

  /**
   * Returns a finding's fingerprint.
   *
   * @param finding a finding on this plan
   * @return {@code ruleId|elementId|relativePointer}
   */
  public String fingerprint(Finding finding) {
    Located located = locate(finding.pointer());
    return finding.ruleId() + "|" + located.elementId().orElse("") + "|" + located.relative();
  }

  /**
   * Returns the id of the nearest element with an id that contains what a finding points at.
   *
   * @param finding a finding on this plan
   * @return the id, or empty when no element with an id contains it
   */
  public Optional<String> elementId(Finding finding) {
    return locate(finding.pointer()).elementId();
  }

  private record Located(Optional<String> elementId, String relative) {}

  private Located locate(String pointer) {
    List<String> tokens = tokens(pointer);
    @Nullable Object node = tree;
    String id = null;
    int depth = 0;
    for (int i = 0; i < tokens.size() && node != null; i++) {
      node = child(node, tokens.get(i));
      if (node instanceof Map && ((Map<?, ?>) node).get("id") instanceof Tree.Leaf) {
        id = ((Tree.Leaf) ((Map<?, ?>) node).get("id")).text();
        depth = i + 1;
      }
    }
    if (id == null) {
      return new Located(Optional.empty(), pointer);
    }
    StringBuilder relative = new StringBuilder();
    for (String token : tokens.subList(depth, tokens.size())) {
      relative.append('/').append(token.replace("~", "~0").replace("/", "~1"));
    }
    return new Located(Optional.of(id), relative.toString());
  }

  private static @Nullable Object child(Object node, String token) {
    if (node instanceof Map) {
      return ((Map<?, ?>) node).get(token);
    }
    if (node instanceof List && token.matches("0|[1-9][0-9]{0,8}")) {
      List<?> list = (List<?>) node;
      int index = Integer.parseInt(token);
      return index < list.size() ? list.get(index) : null;
    }
    return null;
  }

  private static List<String> tokens(String pointer) {
    List<String> tokens = new ArrayList<>();
    if (pointer.isEmpty()) {
      return tokens;
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      tokens.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return tokens;
  }
}
