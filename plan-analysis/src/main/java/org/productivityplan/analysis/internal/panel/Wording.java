package org.productivityplan.analysis.internal.panel;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Brings the same ask (or KPI name) in different words together, deterministically and with no
 * model or network: the key of a text is the set of its words, each normalised, in alphabetical
 * order. Normalising a word folds case and accents, drops it when it is a stop word, and strips a
 * common English ending (a light stemmer). So "Multi-year funding settlements for local
 * government." and "Local government: funding settlement, multi year" have one key, {@code fund
 * local multi settlement year}; word order, punctuation, plurals, "-ing" and "-ed" forms and filler
 * words make no difference, while any other word does.
 *
 * <p>Stateless and thread-safe.
 */
public final class Wording {

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /**
   * Words that carry no meaning of their own in an ask: articles, conjunctions, prepositions,
   * pronouns, auxiliaries, and "government", to whom every ask is made.
   */
  static final Set<String> STOP_WORDS =
      Set.of(
          "a", "an", "the", "and", "or", "nor", "but", "of", "to", "for", "in", "on", "at", "by",
          "with", "from", "into", "onto", "as", "be", "is", "are", "was", "were", "been", "being",
          "it", "its", "this", "that", "these", "those", "we", "our", "us", "they", "their",
          "them", "which", "who", "whom", "will", "would", "should", "could", "can", "may",
          "might", "must", "shall", "do", "does", "also", "such", "so", "than", "very", "all",
          "any", "some", "e", "g", "eg", "ie", "etc", "government", "governments", "hm",
          "central", "please", "need", "needs", "needed");

  private Wording() {}

  /**
   * Returns the key of a text: its normalised words, distinct, in alphabetical order, joined by
   * single spaces.
   *
   * @param text any text
   * @return the key; empty when the text has no word but stop words
   */
  public static String key(String text) {
    String folded =
        MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
            .toLowerCase(Locale.ROOT);
    Set<String> words = new TreeSet<>();
    for (String word : NON_WORD.split(folded)) {
      if (word.isEmpty() || STOP_WORDS.contains(word)) {
        continue;
      }
      words.add(stem(word));
    }
    return String.join(" ", words);
  }

  /**
   * Strips one common English ending from a word of more than three letters: {@code -ies} becomes
   * {@code -y}; {@code -es} after {@code ss}, {@code x}, {@code z}, {@code ch} or {@code sh} is
   * dropped; {@code -ing}, {@code -ed} and a plural {@code
   * -s} are dropped when enough of the word is left (at least three letters); a final {@code -e}
   * is dropped after that, so that "settle", "settled" and "settles" meet.
   *
   * @param word a lower-case word
   * @return its stem
   */
  static String stem(String word) {
    if (word.length() <= 3 || !Character.isLetter(word.charAt(word.length() - 1))) {
      return word;
    }
    String w = word;
    if (w.endsWith("ies") && w.length() > 4) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("zes") || w.endsWith("ches")
        || w.endsWith("shes")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.endsWith("ing") && w.length() >= 6) {
      w = w.substring(0, w.length() - 3);
    } else if (w.endsWith("ed") && w.length() >= 5) {
      w = w.substring(0, w.length() - 2);
    } else if (w.endsWith("es") && w.length() >= 5 && !w.endsWith("ses")) {
      w = w.substring(0, w.length() - 1);
    } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.endsWith("e") && w.length() > 4) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }
}
