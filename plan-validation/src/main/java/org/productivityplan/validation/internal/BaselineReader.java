package org.productivityplan.validation.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.productivityplan.model.Coded;
import org.productivityplan.model.Finding;
import org.productivityplan.model.Severity;
import org.productivityplan.validation.InvalidConfigurationException;
import org.productivityplan.validation.JsonPointer;

/**
 * Reads the findings of a JSON report ({@code docs/validation.md}, format 1.x) back, as a baseline,
 * with Jackson's streaming parser: only {@code reports[].source} and the findings' {@code ruleId},
 * {@code severity}, {@code message}, {@code pointer}, {@code elementId} and {@code fingerprint} are
 * read; everything else is skipped, so later 1.x reports still read. An error names the file, the
 * JSON Pointer, the line and the column.
 */
public final class BaselineReader {

  /** One report of the file: its source and its findings with their fingerprints, in order. */
  public record Report(
      @Nullable String source, List<Finding> findings, List<String> fingerprints) {}

  private static final JsonFactory FACTORY = new JsonFactory();

  private final JsonParser parser;
  private final @Nullable String file;

  private BaselineReader(JsonParser parser, @Nullable String file) {
    this.parser = parser;
    this.file = file;
  }

  /**
   * Reads a report file.
   *
   * @param path the file
   * @return its reports
   * @throws InvalidConfigurationException when it cannot be read or is not a report
   */
  public static List<Report> read(Path path) {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InvalidConfigurationException(
          path.toString(), "", 0, 0, "the baseline report cannot be read: " + e, e);
    }
    return read(text, path.toString());
  }

  /**
   * Reads a report's text.
   *
   * @param json the text
   * @param file the file it came from, for messages, or null
   * @return its reports
   * @throws InvalidConfigurationException when it is not a report
   */
  public static List<Report> read(String json, @Nullable String file) {
    try (JsonParser parser = FACTORY.createParser(json)) {
      return new BaselineReader(parser, file).document();
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new InvalidConfigurationException(
          file,
          "",
          at == null ? 0 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr(),
          "the baseline is not JSON: " + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new InvalidConfigurationException(
          file, "", 0, 0, "the baseline cannot be read: " + e, e);
    }
  }

  private List<Report> document() throws IOException {
    expect(parser.nextToken(), JsonToken.START_OBJECT, "", "a report object {\"reports\": [...]}");
    List<Report> reports = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      JsonToken value = parser.nextToken();
      if (key.equals("reports")) {
        expect(value, JsonToken.START_ARRAY, "/reports", "an array of reports");
        reports = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          reports.add(report(JsonPointer.of("reports", reports.size())));
        }
      } else {
        parser.skipChildren();
      }
    }
    if (reports == null) {
      throw error("", "a report has \"reports\"; this JSON has none (is it a validation report?)");
    }
    return reports;
  }

  private Report report(String pointer) throws IOException {
    expect(parser.currentToken(), JsonToken.START_OBJECT, pointer, "a report object");
    String source = null;
    List<Finding> findings = new ArrayList<>();
    List<String> fingerprints = new ArrayList<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      JsonToken value = parser.nextToken();
      String keyPointer = JsonPointer.append(pointer, key);
      if (key.equals("source")) {
        expect(value, JsonToken.VALUE_STRING, keyPointer, "a string");
        source = parser.getText();
      } else if (key.equals("findings")) {
        expect(value, JsonToken.START_ARRAY, keyPointer, "an array of findings");
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          finding(JsonPointer.append(keyPointer, findings.size()), findings, fingerprints);
        }
      } else {
        parser.skipChildren();
      }
    }
    return new Report(source, findings, fingerprints);
  }

  private void finding(String pointer, List<Finding> findings, List<String> fingerprints)
      throws IOException {
    expect(parser.currentToken(), JsonToken.START_OBJECT, pointer, "a finding object");
    JsonLocation start = parser.currentTokenLocation();
    String ruleId = null;
    Severity severity = null;
    String message = "";
    String at = "";
    String elementId = null;
    String fingerprint = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      JsonToken value = parser.nextToken();
      String keyPointer = JsonPointer.append(pointer, key);
      switch (key) {
        case "ruleId":
          ruleId = text(value, keyPointer);
          break;
        case "severity":
          String code = text(value, keyPointer);
          severity =
              Coded.fromCode(Severity.class, code)
                  .orElseThrow(
                      () ->
                          error(
                              keyPointer,
                              "expected error, warning or info but found \""
                                  + Finding.printable(code)
                                  + "\""));
          break;
        case "message":
          message = text(value, keyPointer);
          break;
        case "pointer":
          at = text(value, keyPointer);
          break;
        case "elementId":
          elementId = text(value, keyPointer);
          break;
        case "fingerprint":
          fingerprint = text(value, keyPointer);
          break;
        default:
          parser.skipChildren();
      }
    }
    if (ruleId == null || severity == null) {
      throw new InvalidConfigurationException(
          file,
          pointer,
          start.getLineNr(),
          start.getColumnNr(),
          "a finding needs \"ruleId\" and \"severity\"",
          null);
    }
    Finding.Builder finding =
        Finding.builder().ruleId(ruleId).severity(severity).message(message).pointer(at);
    if (elementId != null && fingerprint != null) {
      // The fingerprint ends with the pointer relative to the element: what is left is its pointer.
      String relative = relativePointer(fingerprint, ruleId);
      if (relative != null && at.endsWith(relative)) {
        finding
            .elementId(elementId)
            .elementPointer(at.substring(0, at.length() - relative.length()));
      }
    }
    Finding built = finding.build();
    findings.add(built);
    fingerprints.add(fingerprint != null ? fingerprint : built.fingerprint());
  }

  /**
   * The pointer part of a fingerprint: after the first {@code |} that a {@code /} or the end
   * follows.
   */
  private static @Nullable String relativePointer(String fingerprint, String ruleId) {
    for (int i = fingerprint.indexOf('|', ruleId.length() + 1);
        i >= 0;
        i = fingerprint.indexOf('|', i + 1)) {
      if (i + 1 == fingerprint.length() || fingerprint.charAt(i + 1) == '/') {
        return fingerprint.substring(i + 1);
      }
    }
    return null;
  }

  private String text(@Nullable JsonToken token, String pointer) throws IOException {
    expect(token, JsonToken.VALUE_STRING, pointer, "a string");
    return parser.getText();
  }

  private void expect(@Nullable JsonToken token, JsonToken wanted, String pointer, String what) {
    if (token != wanted) {
      throw error(
          pointer, "expected " + what + " but found " + (token == null ? "the end" : token));
    }
  }

  private InvalidConfigurationException error(String pointer, String problem) {
    JsonLocation at = parser.currentTokenLocation();
    return new InvalidConfigurationException(
        file, pointer, at.getLineNr(), at.getColumnNr(), problem, null);
  }
}
