package org.productivityplan.examples.robustness;

import java.util.ArrayList;
import java.util.List;

/**
 * A rough JSON tokenizer for mutating documents: it finds the strings, numbers, literals and
 * punctuation of a text, and the extent of each value, so that a mutator can cut or replace whole
 * tokens and values. It never fails: on text that is not JSON it returns what it can.
 */
final class Tokens {

  /** The kind of a token. */
  enum Kind { STRING, NUMBER, LITERAL, OPEN, CLOSE, COLON, COMMA, OTHER }

  /** One token: its kind and its start and end (exclusive) in the text. */
  static final class Token {
    final Kind kind;
    final int start;
    final int end;

    Token(Kind kind, int start, int end) {
      this.kind = kind;
      this.start = start;
      this.end = end;
    }
  }

  private Tokens() {}

  static List<Token> of(String text) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"') {
        int j = i + 1;
        while (j < n && text.charAt(j) != '"') {
          j += text.charAt(j) == '\\' ? 2 : 1;
        }
        int end = Math.min(n, j + 1);
        out.add(new Token(Kind.STRING, i, end));
        i = end;
      } else if (c == '-' || Character.isDigit(c)) {
        int j = i + 1;
        while (j < n && "0123456789.eE+-".indexOf(text.charAt(j)) >= 0) {
          j++;
        }
        out.add(new Token(Kind.NUMBER, i, j));
        i = j;
      } else if (Character.isLetter(c)) {
        int j = i + 1;
        while (j < n && Character.isLetter(text.charAt(j))) {
          j++;
        }
        out.add(new Token(Kind.LITERAL, i, j));
        i = j;
      } else {
        Kind k = c == '{' || c == '[' ? Kind.OPEN : c == '}' || c == ']' ? Kind.CLOSE
            : c == ':' ? Kind.COLON : c == ',' ? Kind.COMMA : Kind.OTHER;
        out.add(new Token(k, i, i + 1));
        i++;
      }
    }
    return out;
  }

  /** Whether token i is a property name (a string followed by a colon). */
  static boolean isName(List<Token> tokens, int i) {
    return tokens.get(i).kind == Kind.STRING && i + 1 < tokens.size() && tokens.get(i + 1).kind == Kind.COLON;
  }

  /** The indexes of the tokens that begin values: scalars that are not names, and openings. */
  static List<Integer> valueStarts(List<Token> tokens) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Kind k = tokens.get(i).kind;
      if ((k == Kind.STRING && !isName(tokens, i)) || k == Kind.NUMBER || k == Kind.LITERAL || k == Kind.OPEN) {
        out.add(i);
      }
    }
    return out;
  }

  /** The index of the last token of the value that starts at token i. */
  static int valueEnd(List<Token> tokens, int i) {
    if (tokens.get(i).kind != Kind.OPEN) {
      return i;
    }
    int depth = 0;
    for (int j = i; j < tokens.size(); j++) {
      Kind k = tokens.get(j).kind;
      if (k == Kind.OPEN) {
        depth++;
      } else if (k == Kind.CLOSE && --depth == 0) {
        return j;
      }
    }
    return tokens.size() - 1;
  }
}
