package org.productivityplan.validation.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.productivityplan.model.Coded;
import org.productivityplan.model.Finding;
import org.productivityplan.model.Severity;
import org.productivityplan.validation.InvalidConfigurationException;
import org.productivityplan.validation.JsonPointer;
import org.productivityplan.validation.ValidationConfig;

/**
 * Reads the JSON configuration format of {@code docs/validation.md} with Jackson's streaming
 * parser, so that every error names its pointer, line and column. Unknown properties are errors: a
 * misspelt key must not silently configure nothing.
 */
public final class ConfigReader {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** Configuration files are tiny; anything larger is a mistake, not a configuration. */
  private static final long MAX_BYTES = 1L << 20;

  private final JsonParser parser;
  private final @Nullable String source;
  private final ValidationConfig.Builder builder = ValidationConfig.builder();

  private ConfigReader(JsonParser parser, @Nullable String source) {
    this.parser = parser;
    this.source = source;
  }

  /**
   * Reads a configuration file.
   *
   * @param file the file
   * @return the configuration
   * @throws InvalidConfigurationException when the file cannot be read or is not a configuration
   */
  public static ValidationConfig read(Path file) {
    String name = file.toString();
    String text;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new InvalidConfigurationException(
            name, "", 0, 0, "the file is larger than " + MAX_BYTES + " bytes", null);
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InvalidConfigurationException(
          name, "", 0, 0, "cannot read the file: " + describe(e), e);
    }
    return read(text, name);
  }

  /**
   * Reads a configuration from text.
   *
   * @param json the text
   * @param source the name of its source for messages, or null
   * @return the configuration
   * @throws InvalidConfigurationException when the text is not a configuration
   */
  public static ValidationConfig read(String json, @Nullable String source) {
    try (JsonParser parser = FACTORY.createParser(json)) {
      ConfigReader reader = new ConfigReader(parser, source);
      reader.builder.source(source);
      reader.document();
      return reader.builder.build();
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new InvalidConfigurationException(
          source,
          "",
          at == null ? 0 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr(),
          "not well-formed JSON: " + withoutSource(e.getOriginalMessage()),
          e);
    } catch (IOException e) {
      throw new InvalidConfigurationException(source, "", 0, 0, describe(e), e);
    }
  }

  /**
   * Jackson names where an unclosed object or array began with its source redacted ({@code [Source:
   * REDACTED ...]}): say it in the SDK's words. Found by the configuration fuzz target.
   */
  private static String withoutSource(String message) {
    return message
        .replaceAll(
            " \\(start marker at \\[Source: [^\\]]*; line: (\\d+), column: (\\d+)\\]\\)",
            " (opened at line $1, column $2)")
        .replaceAll(" ?(at )?\\[Source: [^\\]]*\\]", "");
  }

  /** Why a file could not be read, in words, without the Java exception's name. */
  private static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.charset.CharacterCodingException) {
      return "the bytes are not valid UTF-8";
    }
    if (e instanceof java.nio.file.FileSystemException
        && ((java.nio.file.FileSystemException) e).getReason() != null) {
      return ((java.nio.file.FileSystemException) e).getReason();
    }
    return e.getMessage() == null ? "an input or output error" : e.getMessage();
  }

  private void document() throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      throw error("", "expected a JSON object but the document is empty");
    }
    expect(token, JsonToken.START_OBJECT, "", "a JSON object");
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      String pointer = JsonPointer.of(key);
      JsonToken value = parser.nextToken();
      switch (key) {
        case "$schema":
        case "description":
          expect(value, JsonToken.VALUE_STRING, pointer, "a string");
          break;
        case "rules":
          rules(value, pointer);
          break;
        case "suppressions":
          suppressions(value, pointer);
          break;
        default:
          throw error(
              pointer,
              "unknown property '"
                  + key
                  + "'; expected \"rules\", \"suppressions\", \"$schema\" or \"description\"");
      }
    }
    if (parser.nextToken() != null) {
      throw error("", "expected the end of the document after the configuration object");
    }
  }

  private void rules(JsonToken token, String pointer) throws IOException {
    expect(token, JsonToken.START_OBJECT, pointer, "an object keyed by rule id");
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String ruleId = parser.currentName();
      String rulePointer = JsonPointer.append(pointer, ruleId);
      ruleId(ruleId, rulePointer);
      expect(
          parser.nextToken(),
          JsonToken.START_OBJECT,
          rulePointer,
          "an object with \"enabled\" and/or \"severity\"");
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        String keyPointer = JsonPointer.append(rulePointer, key);
        JsonToken value = parser.nextToken();
        if (key.equals("enabled")) {
          if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
            throw error(keyPointer, "expected true or false but found " + found(value));
          }
          if (value == JsonToken.VALUE_TRUE) {
            builder.enable(ruleId);
          } else {
            builder.disable(ruleId);
          }
        } else if (key.equals("severity")) {
          expect(value, JsonToken.VALUE_STRING, keyPointer, "\"error\", \"warning\" or \"info\"");
          String code = parser.getText();
          Severity severity =
              Coded.fromCode(Severity.class, code.toLowerCase(Locale.ROOT))
                  .orElseThrow(
                      () ->
                          error(
                              keyPointer,
                              "expected \"error\", \"warning\" or \"info\" but found \""
                                  + code
                                  + "\""));
          builder.severity(ruleId, severity);
        } else {
          throw error(
              keyPointer, "unknown property '" + key + "'; expected \"enabled\" or \"severity\"");
        }
      }
    }
  }

  private void suppressions(JsonToken token, String pointer) throws IOException {
    expect(token, JsonToken.START_ARRAY, pointer, "an array of suppressions");
    int index = 0;
    JsonToken element;
    while ((element = parser.nextToken()) != JsonToken.END_ARRAY) {
      String itemPointer = JsonPointer.append(pointer, index);
      JsonLocation start = parser.currentTokenLocation();
      expect(
          element,
          JsonToken.START_OBJECT,
          itemPointer,
          "an object with \"rule\", \"pointer\" or \"elementId\", and \"justification\"");
      String rule = null;
      String target = null;
      String elementId = null;
      String justification = null;
      String file = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        String keyPointer = JsonPointer.append(itemPointer, key);
        JsonToken value = parser.nextToken();
        switch (key) {
          case "rule":
            expect(value, JsonToken.VALUE_STRING, keyPointer, "a rule id such as \"PP130\"");
            rule = ruleId(parser.getText(), keyPointer);
            break;
          case "pointer":
            expect(value, JsonToken.VALUE_STRING, keyPointer, "a JSON Pointer such as \"/kpis/0\"");
            target = parser.getText();
            if (!JsonPointer.isValid(target)) {
              throw error(
                  keyPointer,
                  "expected a JSON Pointer (empty, or starting with '/', each '~' followed by 0 "
                      + "or 1) but found \""
                      + Finding.printable(target)
                      + "\"");
            }
            break;
          case "elementId":
            expect(value, JsonToken.VALUE_STRING, keyPointer, "an element id such as \"spend-1\"");
            elementId = parser.getText();
            if (elementId.isBlank()) {
              throw error(keyPointer, "expected an element id but found a blank");
            }
            break;
          case "justification":
            expect(value, JsonToken.VALUE_STRING, keyPointer, "a written justification");
            justification = parser.getText();
            if (justification.isBlank()) {
              throw error(keyPointer, "a suppression needs a written justification, not a blank");
            }
            break;
          case "source":
            expect(
                value, JsonToken.VALUE_STRING, keyPointer, "a file name such as \"somerset.json\"");
            file = parser.getText();
            if (file.isBlank()) {
              throw error(keyPointer, "expected a file name but found a blank");
            }
            break;
          default:
            throw error(
                keyPointer,
                "unknown property '"
                    + key
                    + "'; expected \"rule\", \"pointer\", \"elementId\", \"justification\" or "
                    + "\"source\"");
        }
      }
      if (rule == null || (target == null && elementId == null) || justification == null) {
        throw new InvalidConfigurationException(
            source,
            itemPointer,
            start.getLineNr(),
            start.getColumnNr(),
            "a suppression needs \"rule\", \"pointer\" or \"elementId\" (or both), and "
                + "\"justification\"; missing "
                + (rule == null
                    ? "\"rule\""
                    : target == null && elementId == null
                        ? "\"pointer\" or \"elementId\""
                        : "\"justification\""),
            null);
      }
      ValidationConfig.Suppression suppression =
          elementId == null
              ? ValidationConfig.Suppression.ofPointer(rule, target, justification)
              : ValidationConfig.Suppression.ofElement(rule, elementId, justification);
      if (elementId != null && target != null) {
        suppression = suppression.withPointer(target);
      }
      if (file != null) {
        suppression = suppression.withSource(file);
      }
      builder.suppress(suppression);
      index++;
    }
  }

  private String ruleId(String id, String pointer) {
    if (!id.matches("[A-Z][A-Z0-9]*[0-9]{3}")) {
      throw error(
          pointer,
          "expected a rule id (capital letters then three digits, such as PP130) but found \""
              + id
              + "\"");
    }
    return id;
  }

  private void expect(@Nullable JsonToken token, JsonToken wanted, String pointer, String what) {
    if (token != wanted) {
      throw error(pointer, "expected " + what + " but found " + found(token));
    }
  }

  private static String found(@Nullable JsonToken token) {
    if (token == null) {
      return "the end of the document";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.toString();
    }
  }

  private InvalidConfigurationException error(String pointer, String problem) {
    JsonLocation at = parser.currentTokenLocation();
    return new InvalidConfigurationException(
        source, pointer, at.getLineNr(), at.getColumnNr(), problem, null);
  }
}
