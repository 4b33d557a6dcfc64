package org.productivityplan.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import org.productivityplan.model.Finding;
import org.productivityplan.model.Severity;

/**
 * A plan that a mapper could not read without losing data: it carries every problem the reader
 * found, not just the first, each with its rule id ({@code IO001}...), JSON Pointer into the whole
 * document, line, column, expected and found.
 *
 * <p>Thrown by an {@code ObjectMapper} with {@link PlanModule} registered, as a {@link
 * JsonMappingException}, so a web framework maps it to a 400 response as it does Jackson's own; a
 * handler that knows this type can list every problem to the client.
 */
public final class PlanReadException extends JsonMappingException {

  private static final long serialVersionUID = 1L;

  private final transient List<Finding> problems;

  /**
   * Creates the exception.
   *
   * @param parser the parser that read the plan (for its location)
   * @param what what could not be read, such as {@code "productivity plan"}
   * @param problems every problem found; at least one is an error
   */
  public PlanReadException(JsonParser parser, String what, List<Finding> problems) {
    super(parser, message(what, problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns the message: the first error with its pointer, line and column, and how many more
   * there are; without Jackson's own description of its source, which names nothing useful here.
   *
   * @return the message
   */
  @Override
  public String getMessage() {
    return getOriginalMessage();
  }

  /**
   * Returns every problem found while reading, errors and others, in document order.
   *
   * @return the problems, never empty
   */
  public List<Finding> problems() {
    return problems;
  }

  /**
   * Returns the problems of severity error: what stopped the plan from being read.
   *
   * @return the errors, never empty
   */
  public List<Finding> errors() {
    return problems.stream().filter(f -> f.severity() == Severity.ERROR).toList();
  }

  private static String message(String what, List<Finding> problems) {
    List<Finding> errors = problems.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    Finding first = errors.isEmpty() ? problems.get(0) : errors.get(0);
    StringBuilder b = new StringBuilder("cannot read the ").append(what).append(": ");
    b.append(first.ruleId()).append(" at '").append(Finding.printable(first.pointer())).append("'");
    first.line().ifPresent(l -> b.append(" (line ").append(l));
    first.column().ifPresent(c -> b.append(", column ").append(c));
    if (first.line().isPresent()) {
      b.append(')');
    }
    b.append(": ").append(Finding.printable(first.message()));
    if (errors.size() > 1) {
      b.append(" (and ").append(errors.size() - 1).append(" more error")
          .append(errors.size() == 2 ? "" : "s").append("; see problems())");
    }
    return b.toString();
  }
}
